package org.haven.cases.domain;

import org.haven.platform.errors.Refusal.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The checks of what staff type into a case, field by field, before anything is stored. */
public final class IncidentRules {

    public static final int DESCRIPTION_MIN = 10;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int PLACE_MAX = 200;
    public static final int NAME_MAX = 200;
    public static final int PARTIES_MAX = 30;
    public static final int TEXT_MAX = 5000;
    /** The risk questions of the first contact, in the order forms ask them. */
    public static final List<String> RISK_TAGS = List.of("immediate_danger", "self_harm", "threats",
            "location_shared", "blackmail", "intimate_images");
    /** The categories of ARCHITECTURE.md section 4, in the order forms list them. */
    public static final List<String> CATEGORIES = java.util.Arrays.stream(
            org.haven.harm.domain.Category.values()).map(Enum::name).toList();
    public static final List<String> PLATFORMS = java.util.Arrays.stream(
            org.haven.reporting.domain.Platform.values()).map(Enum::name).toList();

    private IncidentRules() {
    }

    public static List<FieldError> check(String category, String description, LocalDate occurredOn, String place,
                                         Set<String> platforms, Set<String> riskTags, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (category == null || !CATEGORIES.contains(category)) {
            errors.add(new FieldError("category", "incident.category.required"));
        }
        String text = description == null ? "" : description.strip();
        if (text.length() < DESCRIPTION_MIN) {
            errors.add(new FieldError("description", "incident.description.short", DESCRIPTION_MIN));
        } else if (text.length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "incident.description.long", DESCRIPTION_MAX));
        }
        if (occurredOn != null && occurredOn.isAfter(today)) {
            errors.add(new FieldError("occurredOn", "incident.occurredOn.future"));
        }
        if (place != null && place.strip().length() > PLACE_MAX) {
            errors.add(new FieldError("place", "incident.place.long", PLACE_MAX));
        }
        if (!PLATFORMS.containsAll(platforms)) {
            errors.add(new FieldError("platforms", "incident.platforms.invalid"));
        }
        if (!RISK_TAGS.containsAll(riskTags)) {
            errors.add(new FieldError("risk", "incident.risk.invalid"));
        }
        return errors;
    }

    /** A part's name, or null when it is not one. */
    public static PartyRole part(String text) {
        if (text == null) {
            return null;
        }
        try {
            return PartyRole.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static FieldError checkText(String field, String text, boolean required) {
        String value = text == null ? "" : text.strip();
        if (required && value.isEmpty()) {
            return new FieldError(field, "case.text.required");
        }
        if (value.length() > TEXT_MAX) {
            return new FieldError(field, "case.text.long", TEXT_MAX);
        }
        return null;
    }
}
