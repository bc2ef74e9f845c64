package org.haven.protocol.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConditionTest {

    private static Set<String> facts(String list) {
        return list.isBlank() ? Set.of() : Set.of(list.split(" "));
    }

    @ParameterizedTest(name = "{0} with [{1}] = {2}")
    @CsvSource(delimiter = '|', value = {
            "risk.self_harm or risk.immediate_danger | risk.self_harm | true",
            "risk.self_harm or risk.immediate_danger | risk.threats | false",
            "evidence.intimate_images and not category.deepfake | evidence.intimate_images | true",
            "evidence.intimate_images and not category.deepfake | evidence.intimate_images category.deepfake | false",
            // and binds tighter than or: a or (b and c)
            "a.x or a.y and a.z | a.x | true",
            "a.x or a.y and a.z | a.y | false",
            "a.x or a.y and a.z | a.y a.z | true",
            // parentheses change it: (a or b) and c
            "(a.x or a.y) and a.z | a.x | false",
            "(a.x or a.y) and a.z | a.x a.z | true",
            // not binds tighter than and
            "not a.x and a.y | a.y | true",
            "not a.x and a.y | a.x a.y | false",
            "not (a.x and a.y) | a.x | true",
            "not (a.x and a.y) | a.x a.y | false",
            "not not a.x | a.x | true",
            "((a.x)) | a.x | true",
            "a.x or a.y or a.z | a.z | true",
            "a.x and a.y and a.z | a.x a.y | false",
    })
    void evaluates(String condition, String facts, boolean expected) {
        assertEquals(expected, Condition.parse(condition).matches(facts(facts)));
    }

    @Test
    void listsTheFactsItUses() {
        assertEquals(Set.of("risk.self_harm", "category.deepfake", "overdue.acknowledge"),
                Condition.parse("risk.self_harm or not (category.deepfake and overdue.acknowledge)").facts());
    }

    @Test
    void printsBackAnEquivalentCondition() {
        for (String text : new String[]{"a.x or a.y and a.z", "(a.x or a.y) and not a.z", "not (a.x or a.y)"}) {
            Condition parsed = Condition.parse(text);
            assertEquals(parsed, Condition.parse(parsed.toString()), text);
        }
        assertEquals("(a.x or a.y) and not a.z", Condition.parse("(a.x or a.y) and not a.z").toString());
    }

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource(delimiter = '|', value = {
            "'' | the condition is empty",
            "'   ' | the condition is empty",
            "risk.self_harm or | a fact is missing",
            "and risk.self_harm | expected a fact but found 'and'",
            "risk.self_harm risk.threats | expected 'and' or 'or' before 'risk.threats'",
            "(risk.self_harm or risk.threats | '(' is not closed",
            "risk.self_harm) | ')' without a matching '('",
            "risk.self_harm && risk.threats | unexpected character '&'",
            "() | expected a fact but found ')'",
            "not | a fact is missing",
    })
    void syntaxErrorsSayWhat(String text, String message) {
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class, () -> Condition.parse(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void syntaxErrorGivesThePosition() {
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class,
                () -> Condition.parse("risk.self_harm risk.threats"));
        assertTrue(e.getMessage().contains("at character 16"), e.getMessage());
    }

    @Test
    void vocabulary() {
        assertTrue(Facts.isKnown("risk.self_harm"));
        assertTrue(Facts.isKnown("risk.intimate_images"));
        assertTrue(Facts.isKnown("category.deepfake"));
        assertTrue(Facts.isKnown("category.other"));
        assertTrue(Facts.isKnown("evidence.link"));
        assertTrue(Facts.isKnown("risk_level.immediate"));
        assertTrue(Facts.isKnown("party.alleged_author_adult"));
        assertTrue(Facts.isKnown("overdue.any"));
        assertTrue(Facts.isKnown("overdue.interview-target"));
        assertTrue(Facts.isKnown("case.reopened"));
        assertFalse(Facts.isKnown("risk.threat_to_life"));
        assertFalse(Facts.isKnown("category.spam"));
        assertFalse(Facts.isKnown("overdue."));
        assertFalse(Facts.isKnown("overdue.Bad_Id"));
        assertEquals("interview-target", Facts.overdueStep("overdue.interview-target"));
        assertEquals(null, Facts.overdueStep("overdue.any"));
        assertEquals("category.intimate_images", Facts.category(org.haven.harm.domain.Category.INTIMATE_IMAGES));
    }
}
