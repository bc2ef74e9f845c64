package org.haven.surveys.application;

import org.haven.helplines.application.HelpLine;
import org.haven.protocol.domain.LocalizedText;
import org.haven.surveys.domain.AccessCode;
import org.haven.surveys.domain.QuestionKind;
import org.haven.surveys.domain.SurveyCampaign;
import org.haven.surveys.domain.SurveyDefinition;
import org.haven.surveys.domain.SurveyQuestion;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A questionnaire put in the pupil's language (the survey's first language when theirs is missing). */
final class QuestionnaireViews {

    private QuestionnaireViews() {
    }

    static SurveyViews.Questionnaire of(SurveyDefinition s, SurveyCampaign c, AccessCode code, Locale locale,
                                        List<HelpLine> helpLines) {
        String language = s.languages().contains(locale.getLanguage()) ? locale.getLanguage() : s.languages().get(0);
        Locale l = Locale.of(language);
        return new SurveyViews.Questionnaire(code.formatted(), s.id(), s.title().in(l), text(s.intro(), l), language,
                c.closesOn(), s.questions().stream().map(q -> question(q, l)).toList(), helpLines);
    }

    static Set<String> dangerTags(SurveyDefinition s) {
        return s.questions().stream().flatMap(q -> q.options().stream()).flatMap(o -> o.danger().stream())
                .collect(Collectors.toSet());
    }

    private static SurveyViews.QuestionView question(SurveyQuestion q, Locale l) {
        boolean scale = q.kind() == QuestionKind.SCALE;
        return new SurveyViews.QuestionView(q.id(), q.kind().key(), q.text().in(l),
                q.options().stream().map(o -> new SurveyViews.OptionView(o.id(), o.text().in(l), !o.danger().isEmpty()))
                        .toList(),
                scale ? q.min() : null, scale ? q.max() : null, text(q.low(), l), text(q.high(), l),
                q.kind() == QuestionKind.TEXT ? q.maxLength() : null,
                q.showIf() == null ? null : new SurveyViews.ShowIfView(q.showIf().questionId(),
                        q.showIf().answers().stream().sorted().toList()));
    }

    private static String text(LocalizedText t, Locale l) {
        return t == null ? null : t.in(l);
    }
}
