package org.haven.surveys.domain;

import org.haven.platform.errors.Refusal.FieldError;
import org.haven.protocol.domain.ProtocolInvalidException;
import org.haven.surveys.infrastructure.BundledSurveys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The answers of a pupil against the shipped secondary questionnaire. */
class AnswerRulesTest {

    private static SurveyDefinition survey;

    @BeforeAll
    static void load() throws ProtocolInvalidException {
        survey = BundledSurveys.all().stream().filter(s -> s.id().equals("pupils-secondary")).findFirst().orElseThrow();
    }

    private static List<String> errors(Map<String, ?> answers) {
        AnswerRules.Checked c = AnswerRules.check(survey, answers);
        assertFalse(c.valid());
        return c.errors().stream().map(e -> e.field() + ":" + e.key()).toList();
    }

    @Test
    void goodAnswersOfEveryKindAreKept() {
        Map<String, Object> a = new HashMap<>();
        a.put("feel-school", new BigDecimal("4"));
        a.put("insulted", "weekly");
        a.put("repeated", "yes");
        a.put("where", List.of("class", "social-media"));
        a.put("anything-else", "  <script>alert(1)</script>  ");
        a.put("feel-online", null);
        AnswerRules.Checked c = AnswerRules.check(survey, a);
        assertTrue(c.valid(), c.errors().toString());
        assertEquals(5, c.answers().size());
        assertEquals("<script>alert(1)</script>", c.answers().stream()
                .filter(x -> x.questionId().equals("anything-else")).findFirst().orElseThrow().text(),
                "text is kept as typed; pages escape it");
        assertEquals(Set.of(), c.danger());
    }

    @Test
    void dangerAnswersAreGathered() {
        AnswerRules.Checked c = AnswerRules.check(survey, Map.of("danger-now", "yes", "hurt-yourself", "often"));
        assertEquals(Set.of("IMMEDIATE_DANGER", "SELF_HARM"), c.danger());
    }

    @Test
    void everyWrongAnswerIsNamed() {
        Map<String, Object> a = new HashMap<>();
        a.put("no-such-question", "x");
        a.put("feel-school", 9);
        a.put("feel-online", 2.5);
        a.put("insulted", "sometimes");
        a.put("excluded", List.of("never"));
        a.put("would-tell", "family");
        a.put("anything-else", "x".repeat(301));
        assertEquals(Set.of("answers.no-such-question:survey.answer.unknown", "answers.feel-school:survey.answer.range",
                "answers.feel-online:survey.answer.type.scale", "answers.insulted:survey.answer.option",
                "answers.excluded:survey.answer.type.single", "answers.would-tell:survey.answer.type.multiple",
                "answers.anything-else:survey.answer.tooLong"), Set.copyOf(errors(a)));
    }

    @Test
    void aQuestionTheSkipsHidIsNotAnswered() {
        assertEquals(List.of("answers.where:survey.answer.skipped"),
                errors(Map.of("repeated", "no", "where", List.of("class"))));
        assertEquals(List.of("answers.where:survey.answer.skipped"), errors(Map.of("where", List.of("class"))));
    }

    @Test
    void anEmptyQuestionnaireIsRefused() {
        assertEquals(List.of("answers:survey.answers.required"), errors(Map.of()));
        assertEquals(List.of("answers:survey.answers.required"), errors(Map.of("insulted", " ")));
    }

    @Test
    void controlCharactersAreRefused() {
        assertEquals(List.of("answers.anything-else:text.controlCharacters"), errors(Map.of("anything-else", "a\u0000b")));
    }

    @Test
    void aLongUnknownKeyIsNotEchoed() {
        assertEquals(List.of("answers:survey.answer.unknown"), errors(Map.of("k".repeat(500), "x")));
    }

    @Test
    void theContactMessage() {
        assertEquals(List.of(), AnswerRules.checkContact(false, null));
        assertEquals(List.of(), AnswerRules.checkContact(true, "J’aimerais parler à quelqu’un."));
        assertEquals("survey.message.required", AnswerRules.checkContact(true, "  ").get(0).key());
        assertEquals("survey.message.tooLong", AnswerRules.checkContact(true, "x".repeat(1001)).get(0).key());
        assertEquals("survey.message.withoutContact", AnswerRules.checkContact(false, "hello").get(0).key());
        List<FieldError> controls = AnswerRules.checkContact(true, "a\u0007");
        assertEquals("text.controlCharacters", controls.get(0).key());
    }
}
