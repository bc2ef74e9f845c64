package org.haven.cases.domain;

import java.util.Set;

/**
 * How much danger the facts known so far suggest. IMMEDIATE: someone may be hurt now (immediate danger,
 * self-harm); HIGH: threats, blackmail, intimate images, a disclosed location; MEDIUM: physical violence or
 * intimidation without those; LOW otherwise. The safeguarding assessment refines it.
 */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, IMMEDIATE;

    private static final Set<String> IMMEDIATE_TAGS = Set.of("immediate_danger", "self_harm");
    private static final Set<String> HIGH_TAGS = Set.of("threats", "blackmail", "intimate_images", "location_shared");

    /** The level the first risk answers (lower-case risk tags) and the category give. */
    public static RiskLevel from(Set<String> riskTags, String category) {
        if (riskTags.stream().anyMatch(IMMEDIATE_TAGS::contains)) {
            return IMMEDIATE;
        }
        if (riskTags.stream().anyMatch(HIGH_TAGS::contains)
                || "INTIMATE_IMAGES".equals(category) || "DEEPFAKE".equals(category)) {
            return HIGH;
        }
        if ("PHYSICAL".equals(category) || "THREATS".equals(category) || "DOXXING".equals(category)) {
            return MEDIUM;
        }
        return LOW;
    }

    public boolean isUrgent() {
        return this == HIGH || this == IMMEDIATE;
    }
}
