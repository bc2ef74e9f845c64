package org.haven.safeguarding.web;

import org.haven.safeguarding.domain.RiskAnswers;
import org.haven.safeguarding.domain.RiskDuration;
import org.haven.safeguarding.domain.RiskFrequency;

import java.io.Serial;
import java.io.Serializable;

/** The risk assessment form's answers as the page binds them. */
public class RiskForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private boolean immediateDanger;
    private boolean selfHarm;
    private boolean threats;
    private boolean locationShared;
    private boolean blackmail;
    private boolean intimateImages;
    private String duration;
    private String frequency;
    private boolean vulnerable;
    private boolean isolated;
    private String note;
    private String loweringReason;

    RiskAnswers toAnswers() {
        return new RiskAnswers(immediateDanger, selfHarm, threats, locationShared, blackmail, intimateImages,
                duration == null || duration.isBlank() ? null : RiskDuration.valueOf(duration),
                frequency == null || frequency.isBlank() ? null : RiskFrequency.valueOf(frequency), vulnerable,
                isolated);
    }

    void from(RiskAnswers a) {
        immediateDanger = a.immediateDanger();
        selfHarm = a.selfHarm();
        threats = a.threats();
        locationShared = a.locationShared();
        blackmail = a.blackmail();
        intimateImages = a.intimateImages();
        duration = a.duration().name();
        frequency = a.frequency().name();
        vulnerable = a.vulnerable();
        isolated = a.isolated();
    }

    /** Before any assessment: the danger answers the case holds (the pupil's own, from the report) ticked. */
    void fromDanger(java.util.Set<String> tags) {
        immediateDanger = tags.contains("immediate_danger");
        selfHarm = tags.contains("self_harm");
        threats = tags.contains("threats");
        locationShared = tags.contains("location_shared");
        blackmail = tags.contains("blackmail");
        intimateImages = tags.contains("intimate_images");
    }

    public String getLoweringReason() {
        return loweringReason;
    }

    public void setLoweringReason(String loweringReason) {
        this.loweringReason = loweringReason;
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

    public String getDuration() {
        return duration;
    }

    public void setDuration(String duration) {
        this.duration = duration;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public boolean isVulnerable() {
        return vulnerable;
    }

    public void setVulnerable(boolean vulnerable) {
        this.vulnerable = vulnerable;
    }

    public boolean isIsolated() {
        return isolated;
    }

    public void setIsolated(boolean isolated) {
        this.isolated = isolated;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
