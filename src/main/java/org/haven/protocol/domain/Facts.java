package org.haven.protocol.domain;

import org.haven.harm.domain.Category;
import org.haven.harm.domain.Risk;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The vocabulary of facts that escalation conditions may use. A case's facts are the set of these atoms that
 * hold for it (built by the cases feature); {@code overdue.<step id>} names a step of the same protocol.
 */
public final class Facts {

    public static final String RISK_IMMEDIATE_DANGER = "risk.immediate_danger";
    public static final String RISK_SELF_HARM = "risk.self_harm";
    public static final String RISK_THREATS = "risk.threats";
    public static final String RISK_LOCATION_SHARED = "risk.location_shared";
    public static final String RISK_BLACKMAIL = "risk.blackmail";
    public static final String RISK_INTIMATE_IMAGES = "risk.intimate_images";
    public static final String EVIDENCE_INTIMATE_IMAGES = "evidence.intimate_images";
    public static final String EVIDENCE_LINK = "evidence.link";
    public static final String EVIDENCE_FILE = "evidence.file";
    public static final String RISK_LEVEL_HIGH = "risk_level.high";
    public static final String RISK_LEVEL_IMMEDIATE = "risk_level.immediate";
    public static final String PARTY_ALLEGED_AUTHOR_ADULT = "party.alleged_author_adult";
    public static final String OVERDUE_ANY = "overdue.any";
    public static final String CASE_REOPENED = "case.reopened";

    private static final String OVERDUE_PREFIX = "overdue.";
    private static final Pattern STEP_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> FIXED = fixed();

    private Facts() {
    }

    private static Set<String> fixed() {
        Set<String> all = new LinkedHashSet<>();
        Arrays.stream(Risk.Tag.values()).forEach(t -> all.add(risk(t)));
        Arrays.stream(Category.values()).forEach(c -> all.add(category(c)));
        all.addAll(Set.of(EVIDENCE_INTIMATE_IMAGES, EVIDENCE_LINK, EVIDENCE_FILE, RISK_LEVEL_HIGH,
                RISK_LEVEL_IMMEDIATE, PARTY_ALLEGED_AUTHOR_ADULT, OVERDUE_ANY, CASE_REOPENED));
        return Set.copyOf(all);
    }

    public static String risk(Risk.Tag tag) {
        return "risk." + tag.name().toLowerCase(Locale.ROOT);
    }

    public static String category(Category category) {
        return "category." + category.name().toLowerCase(Locale.ROOT);
    }

    public static String overdue(String stepId) {
        return OVERDUE_PREFIX + stepId;
    }

    /** The step id of an {@code overdue.<step id>} atom, or null for any other atom (and for overdue.any). */
    public static String overdueStep(String atom) {
        if (atom.startsWith(OVERDUE_PREFIX) && !atom.equals(OVERDUE_ANY)) {
            return atom.substring(OVERDUE_PREFIX.length());
        }
        return null;
    }

    /** Whether the atom is in the vocabulary ({@code overdue.<id>} for any well-formed step id). */
    public static boolean isKnown(String atom) {
        if (FIXED.contains(atom)) {
            return true;
        }
        String step = overdueStep(atom);
        return step != null && STEP_ID.matcher(step).matches();
    }

    /** The fixed atoms, sorted, for error messages and the authoring guide. */
    public static Set<String> vocabulary() {
        return new java.util.TreeSet<>(FIXED);
    }
}
