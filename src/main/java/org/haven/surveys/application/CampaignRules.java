package org.haven.surveys.application;

import org.haven.platform.errors.Refusal.FieldError;
import org.haven.surveys.domain.SurveyCampaign;
import org.haven.surveys.domain.SurveyGroup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a new campaign's typed values must be (title, dates, class names); each problem becomes a field error. */
final class CampaignRules {

    static final int GROUPS_MAX = 30;

    /** The values once checked: meaningful only when no error was added. */
    record Checked(String title, LocalDate opens, LocalDate closes, List<String> groups) {
    }

    private CampaignRules() {
    }

    static Checked check(SurveyCampaigns.NewCampaign form, LocalDate today, List<FieldError> errors) {
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty() || title.length() > SurveyCampaign.TITLE_MAX
                || title.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("title", "survey.campaign.title", SurveyCampaign.TITLE_MAX));
        }
        LocalDate opens = date(form.opensOn(), "opensOn", errors);
        LocalDate closes = date(form.closesOn(), "closesOn", errors);
        if (opens != null && opens.isBefore(today)) {
            errors.add(new FieldError("opensOn", "survey.campaign.past"));
        }
        if (opens != null && closes != null && (closes.isBefore(opens)
                || ChronoUnit.DAYS.between(opens, closes) > SurveyCampaign.MAX_DAYS)) {
            errors.add(new FieldError("closesOn", "survey.campaign.closes", SurveyCampaign.MAX_DAYS));
        }
        return new Checked(title, opens, closes, groups(form.groups(), errors));
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "survey.campaign.date"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "survey.campaign.date"));
            return null;
        }
    }

    private static List<String> groups(List<String> typed, List<FieldError> errors) {
        Set<String> labels = new LinkedHashSet<>();
        if (typed != null && typed.size() <= GROUPS_MAX) {
            for (String t : typed) {
                String label = t == null ? "" : t.strip();
                if (label.isEmpty() || label.length() > SurveyGroup.LABEL_MAX
                        || label.chars().anyMatch(Character::isISOControl)) {
                    errors.add(new FieldError("groups", "survey.campaign.group", SurveyGroup.LABEL_MAX));
                    return List.of();
                }
                if (!labels.add(label.toLowerCase(Locale.ROOT)) ) {
                    errors.add(new FieldError("groups", "survey.campaign.groupTwice", label));
                    return List.of();
                }
            }
        }
        if (typed == null || typed.isEmpty() || typed.size() > GROUPS_MAX) {
            errors.add(new FieldError("groups", "survey.campaign.groups", GROUPS_MAX));
            return List.of();
        }
        return typed.stream().map(String::strip).toList();
    }
}
