package org.haven.reporting.web;

import org.haven.harm.domain.Risk;
import org.haven.reporting.domain.ReportForm;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * The six danger questions as a page binds them (ticked or not), asked once in Haven's words: by the report
 * wizard, and by a safeguarding risk form, which may extend this class to ask them again.
 */
public class DangerAnswers implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private boolean immediateDanger;
    private boolean selfHarm;
    private boolean threats;
    private boolean locationShared;
    private boolean blackmail;
    private boolean intimateImages;

    /** The answers as a report form carries them. */
    public ReportForm.RiskAnswers toRiskAnswers() {
        return new ReportForm.RiskAnswers(immediateDanger, selfHarm, threats, locationShared, blackmail,
                intimateImages);
    }

    /** Ticks the questions whose risk tag is given, lower case ({@code immediate_danger} ...), and no other. */
    public void tick(Set<String> tags) {
        immediateDanger = has(tags, Risk.Tag.IMMEDIATE_DANGER);
        selfHarm = has(tags, Risk.Tag.SELF_HARM);
        threats = has(tags, Risk.Tag.THREATS);
        locationShared = has(tags, Risk.Tag.LOCATION_SHARED);
        blackmail = has(tags, Risk.Tag.BLACKMAIL);
        intimateImages = has(tags, Risk.Tag.INTIMATE_IMAGES);
    }

    private static boolean has(Set<String> tags, Risk.Tag tag) {
        return tags.contains(tag.name().toLowerCase(Locale.ROOT));
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
}
