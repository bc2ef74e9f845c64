package org.haven.safeguarding.web;

import org.haven.reporting.web.DangerAnswers;
import org.haven.safeguarding.domain.RiskAnswers;
import org.haven.safeguarding.domain.RiskDuration;
import org.haven.safeguarding.domain.RiskFrequency;

import java.io.Serial;

/**
 * The risk assessment form's answers as the page binds them: the six danger questions the report wizard asks too
 * (inherited, so they are written once), then the assessment's own questions.
 */
public class RiskForm extends DangerAnswers {

    @Serial
    private static final long serialVersionUID = 1L;

    private String duration;
    private String frequency;
    private boolean vulnerable;
    private boolean isolated;
    private String note;
    private String loweringReason;

    RiskAnswers toAnswers() {
        return new RiskAnswers(isImmediateDanger(), isSelfHarm(), isThreats(), isLocationShared(), isBlackmail(),
                isIntimateImages(), duration == null || duration.isBlank() ? null : RiskDuration.valueOf(duration),
                frequency == null || frequency.isBlank() ? null : RiskFrequency.valueOf(frequency), vulnerable,
                isolated);
    }

    void from(RiskAnswers a) {
        setImmediateDanger(a.immediateDanger());
        setSelfHarm(a.selfHarm());
        setThreats(a.threats());
        setLocationShared(a.locationShared());
        setBlackmail(a.blackmail());
        setIntimateImages(a.intimateImages());
        duration = a.duration().name();
        frequency = a.frequency().name();
        vulnerable = a.vulnerable();
        isolated = a.isolated();
    }

    public String getLoweringReason() {
        return loweringReason;
    }

    public void setLoweringReason(String loweringReason) {
        this.loweringReason = loweringReason;
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
