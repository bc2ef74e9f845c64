package org.haven.reporting.web;

import org.haven.helplines.application.HelpLine;
import org.haven.reporting.application.Submitted;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the page shows once a report is sent. The receipt is shown by one rendering and then forgotten
 * ({@link #forgetReceipt()}); the proof of reporting (time, school, fingerprint) stays for its download.
 */
public class SentReport implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A help line to call, in the page's language. */
    public record Line(String name, String phone, String tel, String hours, String purpose) implements Serializable {

        static Line of(HelpLine l) {
            return new Line(l.name(), l.phone(), l.tel(), l.hours(), l.purpose());
        }
    }

    private static final String EMERGENCY = "112";

    private String receipt;
    private final boolean urgent;
    private List<Line> helpLines;
    private final Set<String> riskTags;
    private Locale language;
    private final Instant receivedAt;
    private final String schoolName;
    private final String fingerprint;

    SentReport(Submitted s, Locale language) {
        this.receipt = s.receipt();
        this.urgent = s.urgent();
        this.helpLines = emergencyFirst(s.helpLines().stream().map(Line::of).toList());
        this.riskTags = s.riskTags();
        this.language = language;
        this.receivedAt = s.receivedAt();
        this.schoolName = s.schoolName();
        this.fingerprint = s.fingerprint();
    }

    /** 112 leads the urgent box: the district's own 112 entry moves to the top, keeping its words. */
    static List<Line> emergencyFirst(List<Line> lines) {
        return lines.stream().sorted(Comparator.comparing((Line l) -> !EMERGENCY.equals(l.tel()))).toList();
    }

    /**
     * Whether the district's list has 112; when it does not (deactivated by an administrator), the page adds it
     * from the bundle, so an urgent box never lacks it, and never shows it twice.
     */
    public boolean isEmergencyListed() {
        return helpLines.stream().anyMatch(l -> EMERGENCY.equals(l.tel()));
    }

    /** Whether the help lines are in this language (a page switched to another must name them again). */
    boolean isIn(Locale locale) {
        return language.getLanguage().equals(locale.getLanguage());
    }

    /** The risks the help lines answer, to ask for them again in another language. */
    Set<String> riskTags() {
        return riskTags;
    }

    void helpLinesIn(Locale locale, List<HelpLine> lines) {
        this.helpLines = emergencyFirst(lines.stream().map(Line::of).toList());
        this.language = locale;
    }

    void forgetReceipt() {
        receipt = null;
    }

    /** The receipt until it has been shown (read it through ReportWizardBean.getReceipt). */
    String getReceipt() {
        return receipt;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public List<Line> getHelpLines() {
        return helpLines;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getFingerprint() {
        return fingerprint;
    }
}
