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

    private String category;
    private String description;
    private String occurredOn;
    private String frequency;
    private boolean atSchool;
    private List<String> platforms = new ArrayList<>();
    private String involved;
    private Boolean witness;
    private boolean immediateDanger;
    private boolean selfHarm;
    private boolean threats;
    private boolean locationShared;
    private boolean blackmail;
    private boolean intimateImages;
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
        ReportForm form = new ReportForm(schoolCode, category, description, occurredOn, frequency, atSchool,
                List.copyOf(platforms), involved, witness, anon, anon ? null : reporterName,
                anon ? null : reporterClass,
                new ReportForm.RiskAnswers(immediateDanger, selfHarm, threats, locationShared, blackmail,
                        intimateImages),
                given);
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

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(String occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public boolean isAtSchool() {
        return atSchool;
    }

    public void setAtSchool(boolean atSchool) {
        this.atSchool = atSchool;
    }

    public List<String> getPlatforms() {
        return platforms;
    }

    public void setPlatforms(List<String> platforms) {
        this.platforms = platforms == null ? new ArrayList<>() : new ArrayList<>(platforms);
    }

    public String getInvolved() {
        return involved;
    }

    public void setInvolved(String involved) {
        this.involved = involved;
    }

    public Boolean getWitness() {
        return witness;
    }

    public void setWitness(Boolean witness) {
        this.witness = witness;
    }

    public boolean isImmediateDanger() {
        return immediateDanger;
    }

    public void setImmediateDanger(boolean immediateDanger) {
        this.immediateDanger = immediateDanger;
    }

    public boolean isSelfHarm() {
        return selfHarm;
    }

    public void setSelfHarm(boolean selfHarm) {
        this.selfHarm = selfHarm;
    }

    public boolean isThreats() {
        return threats;
    }

    public void setThreats(boolean threats) {
        this.threats = threats;
    }

    public boolean isLocationShared() {
        return locationShared;
    }

    public void setLocationShared(boolean locationShared) {
        this.locationShared = locationShared;
    }

    public boolean isBlackmail() {
        return blackmail;
    }

    public void setBlackmail(boolean blackmail) {
        this.blackmail = blackmail;
    }

    public boolean isIntimateImages() {
        return intimateImages;
    }

    public void setIntimateImages(boolean intimateImages) {
        this.intimateImages = intimateImages;
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
