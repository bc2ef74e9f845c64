package org.haven.reporting.web;

import org.haven.reporting.domain.ReportForm;
import org.haven.reporting.domain.ReportRules;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The wizard's answers as typed, turned into the {@link ReportForm} the service checks. Choosing to stay
 * anonymous drops a name or class typed before: the choice of anonymity wins.
 */
public class WizardAnswers implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The form, and for each of its links the row of the page it came from (to put errors on that row). */
    public record Prepared(ReportForm form, List<Integer> linkRows) {
    }

    private final IncidentAnswers incident = new IncidentAnswers();
    private final DangerAnswers danger = new DangerAnswers();
    private final List<LinkRow> links = new ArrayList<>();
    private Boolean anonymous = Boolean.TRUE;
    private String reporterName;
    private String reporterClass;
    private String schoolCode;

    public WizardAnswers() {
        for (int i = 0; i < ReportRules.LINKS_MAX; i++) {
            links.add(new LinkRow());
        }
    }

    public Prepared prepare(ZoneId zone) {
        List<ReportForm.LinkForm> given = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            LinkRow row = links.get(i);
            if (!row.isBlank()) {
                given.add(new ReportForm.LinkForm(row.getUrl(), withZone(row.getSeenAt(), zone), row.getNote()));
                rows.add(i);
            }
        }
        boolean anon = !Boolean.FALSE.equals(anonymous);
        ReportForm form = new ReportForm(schoolCode, incident.getCategory(), incident.getDescription(),
                incident.getOccurredOn(), incident.getFrequency(), incident.isAtSchool(),
                List.copyOf(incident.getPlatforms()), incident.getInvolved(), incident.getWitness(), anon,
                anon ? null : reporterName, anon ? null : reporterClass, danger.toRiskAnswers(), given);
        return new Prepared(form, rows);
    }

    /** "2026-11-28T18:30" from a datetime-local input, read in the district's zone; anything else as typed. */
    static String withZone(String local, ZoneId zone) {
        if (LinkRow.blank(local)) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(zone).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            return local;
        }
    }

    public IncidentAnswers getIncident() {
        return incident;
    }

    public DangerAnswers getDanger() {
        return danger;
    }

    public List<LinkRow> getLinks() {
        return links;
    }

    public Boolean getAnonymous() {
        return anonymous;
    }

    public void setAnonymous(Boolean anonymous) {
        this.anonymous = anonymous;
    }

    public String getReporterName() {
        return reporterName;
    }

    public void setReporterName(String reporterName) {
        this.reporterName = reporterName;
    }

    public String getReporterClass() {
        return reporterClass;
    }

    public void setReporterClass(String reporterClass) {
        this.reporterClass = reporterClass;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public void setSchoolCode(String schoolCode) {
        this.schoolCode = schoolCode;
    }
}
