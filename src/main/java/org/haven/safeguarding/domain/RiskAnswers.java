package org.haven.safeguarding.domain;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The answers of a risk assessment (domain digest, point 3 and 9): the six danger questions asked at the first
 * contact, how long and how often it has been going on, and whether the pupil is especially vulnerable or isolated.
 * In doubt, the guide asks staff to answer yes.
 */
public record RiskAnswers(boolean immediateDanger, boolean selfHarm, boolean threats, boolean locationShared,
                          boolean blackmail, boolean intimateImages, RiskDuration duration, RiskFrequency frequency,
                          boolean vulnerable, boolean isolated) {

    /** The danger answers as the case's risk tags (the vocabulary of the protocol facts risk.*). */
    public Set<String> dangerTags() {
        Set<String> tags = new LinkedHashSet<>();
        if (immediateDanger) {
            tags.add("immediate_danger");
        }
        if (selfHarm) {
            tags.add("self_harm");
        }
        if (threats) {
            tags.add("threats");
        }
        if (locationShared) {
            tags.add("location_shared");
        }
        if (blackmail) {
            tags.add("blackmail");
        }
        if (intimateImages) {
            tags.add("intimate_images");
        }
        return tags;
    }
}
