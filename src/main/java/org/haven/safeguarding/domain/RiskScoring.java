package org.haven.safeguarding.domain;

import org.haven.cases.domain.RiskLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * How the answers of an assessment give a risk level, with the reasons shown to staff:
 * <ul>
 *   <li>IMMEDIATE: someone may be hurt now: an immediate danger, or self-harm or suicidal ideas;</li>
 *   <li>HIGH: threats of violence, a disclosed address or location, blackmail, intimate images shared, or a
 *       category that is itself serious (intimate images, deepfake); also three or more aggravating factors
 *       together;</li>
 *   <li>MEDIUM: one or two aggravating factors (going on for months, every day, a vulnerable pupil, an isolated
 *       pupil), or a category of physical violence, threats or doxxing;</li>
 *   <li>LOW: none of these.</li>
 * </ul>
 * The same rule as the case's first level (RiskLevel.from), refined by duration, intensity and the pupil's
 * situation.
 */
public final class RiskScoring {

    /** How many aggravating factors together make the risk high. */
    public static final int AGGRAVATING_FOR_HIGH = 3;

    private static final Set<String> SERIOUS_CATEGORIES = Set.of("INTIMATE_IMAGES", "DEEPFAKE");
    private static final Set<String> NOTABLE_CATEGORIES = Set.of("PHYSICAL", "THREATS", "DOXXING");

    private RiskScoring() {
    }

    public static RiskScore score(RiskAnswers a, String category) {
        List<RiskReason> reasons = new ArrayList<>();
        add(reasons, a.immediateDanger(), "immediate_danger", RiskLevel.IMMEDIATE);
        add(reasons, a.selfHarm(), "self_harm", RiskLevel.IMMEDIATE);
        add(reasons, a.threats(), "threats", RiskLevel.HIGH);
        add(reasons, a.locationShared(), "location_shared", RiskLevel.HIGH);
        add(reasons, a.blackmail(), "blackmail", RiskLevel.HIGH);
        add(reasons, a.intimateImages(), "intimate_images", RiskLevel.HIGH);
        add(reasons, category != null && SERIOUS_CATEGORIES.contains(category), "serious_category", RiskLevel.HIGH);
        List<RiskReason> aggravating = new ArrayList<>();
        add(aggravating, a.duration() == RiskDuration.MONTHS, "long_lasting", RiskLevel.MEDIUM);
        add(aggravating, a.frequency() == RiskFrequency.DAILY, "daily", RiskLevel.MEDIUM);
        add(aggravating, a.vulnerable(), "vulnerable", RiskLevel.MEDIUM);
        add(aggravating, a.isolated(), "isolated", RiskLevel.MEDIUM);
        add(reasons, aggravating.size() >= AGGRAVATING_FOR_HIGH, "combined", RiskLevel.HIGH);
        reasons.addAll(aggravating);
        add(reasons, category != null && NOTABLE_CATEGORIES.contains(category), "notable_category",
                RiskLevel.MEDIUM);
        if (reasons.isEmpty()) {
            reasons.add(new RiskReason("none", RiskLevel.LOW));
        }
        reasons.sort(Comparator.comparing(RiskReason::level).reversed());
        return new RiskScore(reasons.get(0).level(), List.copyOf(reasons));
    }

    private static void add(List<RiskReason> reasons, boolean holds, String code, RiskLevel level) {
        if (holds) {
            reasons.add(new RiskReason(code, level));
        }
    }
}
