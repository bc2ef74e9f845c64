package org.haven.surveys.application;

import org.haven.platform.i18n.Messages;
import org.haven.reporting.domain.ReportForm;
import org.haven.reporting.domain.ReportRules;
import org.haven.surveys.domain.AnswerRules;
import org.haven.surveys.domain.GivenAnswer;
import org.haven.surveys.domain.SurveyDefinition;
import org.haven.surveys.domain.SurveyQuestion;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report a contact request becomes: anonymous, category OTHER, the pupil's words as its description, their
 * danger answers as its risk (so that a pupil in danger is an urgent report), and the survey answers only when the
 * pupil chose to add them. Nothing ties it to the stored response.
 */
final class ContactReport {

    private ContactReport() {
    }

    static ReportForm form(String schoolCode, String message, AnswerRules.Checked checked, SurveyDefinition survey,
                           boolean shareAnswers, Locale locale) {
        String description = message;
        if (shareAnswers) {
            String shared = "\n\n" + Messages.text(locale, "survey.report.sharedAnswers") + "\n"
                    + checked.answers().stream().map(a -> "- " + line(survey, a, locale))
                    .collect(Collectors.joining("\n"));
            description = (description + shared);
            if (description.length() > ReportRules.DESCRIPTION_MAX) {
                description = description.substring(0, ReportRules.DESCRIPTION_MAX - 1) + "…";
            }
        }
        Set<String> d = checked.danger();
        return new ReportForm(schoolCode, "OTHER", description, null, null, null, null, null, false, true, null,
                null, new ReportForm.RiskAnswers(d.contains("IMMEDIATE_DANGER"), d.contains("SELF_HARM"),
                d.contains("THREATS"), d.contains("LOCATION_SHARED"), d.contains("BLACKMAIL"),
                d.contains("INTIMATE_IMAGES")), null);
    }

    private static String line(SurveyDefinition survey, GivenAnswer a, Locale locale) {
        SurveyQuestion q = survey.question(a.questionId()).orElseThrow();
        String answer = a.text() != null ? a.text()
                : q.choice() ? a.values().stream().map(v -> q.option(v).map(o -> o.text().in(locale)).orElse(v))
                .collect(Collectors.joining(", "))
                : String.join(", ", a.values()) + " / " + q.min() + "-" + q.max();
        return q.text().in(locale) + " " + answer;
    }
}
