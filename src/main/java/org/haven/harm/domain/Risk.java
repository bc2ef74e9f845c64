package org.haven.harm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The danger questions asked at the first contact (domain digest, point 3). Any yes makes the report urgent.
 */
@Embeddable
public class Risk {

    /** The risk tags help resources are matched against. */
    public enum Tag {
        IMMEDIATE_DANGER, SELF_HARM, THREATS, LOCATION_SHARED, BLACKMAIL, INTIMATE_IMAGES
    }

    @Column(name = "risk_immediate_danger", nullable = false)
    private boolean immediateDanger;

    @Column(name = "risk_self_harm", nullable = false)
    private boolean selfHarm;

    @Column(name = "risk_threats", nullable = false)
    private boolean threats;

    @Column(name = "risk_location_shared", nullable = false)
    private boolean locationShared;

    @Column(name = "risk_blackmail", nullable = false)
    private boolean blackmail;

    @Column(name = "risk_intimate_images", nullable = false)
    private boolean intimateImages;

    protected Risk() {
    }

    public Risk(boolean immediateDanger, boolean selfHarm, boolean threats, boolean locationShared,
                boolean blackmail, boolean intimateImages) {
        this.immediateDanger = immediateDanger;
        this.selfHarm = selfHarm;
        this.threats = threats;
        this.locationShared = locationShared;
        this.blackmail = blackmail;
        this.intimateImages = intimateImages;
    }

    public static Risk none() {
        return new Risk(false, false, false, false, false, false);
    }

    public Set<Tag> tags() {
        Set<Tag> tags = new LinkedHashSet<>();
        if (immediateDanger) {
            tags.add(Tag.IMMEDIATE_DANGER);
        }
        if (selfHarm) {
            tags.add(Tag.SELF_HARM);
        }
        if (threats) {
            tags.add(Tag.THREATS);
        }
        if (locationShared) {
            tags.add(Tag.LOCATION_SHARED);
        }
        if (blackmail) {
            tags.add(Tag.BLACKMAIL);
        }
        if (intimateImages) {
            tags.add(Tag.INTIMATE_IMAGES);
        }
        return tags;
    }

    public boolean isUrgent() {
        return !tags().isEmpty();
    }

    public boolean immediateDanger() {
        return immediateDanger;
    }

    public boolean selfHarm() {
        return selfHarm;
    }

    public boolean threats() {
        return threats;
    }

    public boolean locationShared() {
        return locationShared;
    }

    public boolean blackmail() {
        return blackmail;
    }

    public boolean intimateImages() {
        return intimateImages;
    }
}
