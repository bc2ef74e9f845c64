package org.haven.protocol.infrastructure;

import org.haven.directory.domain.SchoolLevel;
import org.haven.platform.security.Role;
import org.haven.protocol.domain.ActionKind;
import org.haven.protocol.domain.Deadline;
import org.haven.protocol.domain.DeadlineUnit;
import org.haven.protocol.domain.EscalationAction;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.ProtocolInvalidException;
import org.haven.protocol.domain.ProtocolProblem;
import org.haven.protocol.domain.StepKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProtocolParserTest {

    /** A small valid protocol; the tests change one line of it and assert the line of the problem. */
    private static final String BASE = """
            id: demo
            version: 1
            title: {fr: "Démo", en: "Demo"}
            languages: [fr, en]
            applies_to: [college]
            forms:
              - id: interview
                title: {fr: "Entretien", en: "Interview"}
                fields:
                  - id: who
                    type: text
                    label: {fr: "Qui", en: "Who"}
            steps:
              - id: acknowledge
                title: {fr: "Prendre en compte", en: "Acknowledge"}
                guidance: {fr: "Lire", en: "Read"}
                owner: referent
                due: 1 school day
              - id: interview-target
                title: {fr: "Entretien", en: "Interview"}
                guidance: {fr: "Écouter", en: "Listen"}
                owner: referent
                due: 2 school days
                form: interview
                after: [acknowledge]
            escalations:
              - id: danger
                when: risk.self_harm
                within: 1 hour
                do: [notify head_of_school, require_decision]
            overdue:
              - after: 1 school day
                do: [notify head_of_school]
            closing:
              required_steps: [acknowledge]
            follow_up: [2 weeks]
            """;

    private final ProtocolParser parser = new ProtocolParser();

    private static String with(String from, String to) {
        assertTrue(BASE.contains(from), "fixture has " + from);
        return BASE.replace(from, to);
    }

    private List<ProtocolProblem> problems(String yaml) {
        ProtocolInvalidException e = assertThrows(ProtocolInvalidException.class, () -> parser.parse("demo.yaml", yaml));
        assertFalse(e.problems().isEmpty());
        return e.problems();
    }

    /** Exactly one problem, on that line, whose message contains each fragment. */
    private void assertSingle(String yaml, int line, String... fragments) {
        List<ProtocolProblem> problems = problems(yaml);
        assertEquals(1, problems.size(), problems::toString);
        assertProblem(problems.getFirst(), line, fragments);
    }

    private static void assertProblem(ProtocolProblem problem, int line, String... fragments) {
        assertEquals("demo.yaml", problem.file());
        assertEquals(line, problem.line(), problem::toString);
        for (String fragment : fragments) {
            assertTrue(problem.message().contains(fragment), () -> problem + " should contain: " + fragment);
        }
    }

    // ---------------------------------------------------------------- training tied to duties

    @Test
    void anEscalationRuleMayHaveATitleInEachLanguage() throws ProtocolInvalidException {
        ProtocolDefinition titled = parser.parse("demo.yaml", with("  - id: danger\n",
                "  - id: danger\n    title: {fr: \"Danger pour la vie\", en: \"Danger to life\"}\n"));
        assertEquals("Danger pour la vie", titled.escalation("danger").orElseThrow().titleIn(Locale.FRENCH));
        assertEquals("Danger to life", titled.escalation("danger").orElseThrow().titleIn(Locale.ENGLISH));
        assertEquals("danger", parser.parse("demo.yaml", BASE).escalation("danger").orElseThrow()
                .titleIn(Locale.FRENCH), "a rule written before titles existed shows its id");
        List<ProtocolProblem> missing = problems(with("  - id: danger\n",
                "  - id: danger\n    title: {fr: \"Danger pour la vie\"}\n"));
        assertEquals(1, missing.size(), missing.toString());
        assertTrue(missing.getFirst().toString().contains("en"), missing.toString());
    }

    @Test
    void readsTheTrainingEachOwnerRoleRequires() throws ProtocolInvalidException {
        ProtocolDefinition p = parser.parse("demo.yaml", BASE + "training:\n  referent: [first-conversation,"
                + " school-protocol]\n");
        assertEquals(List.of("first-conversation", "school-protocol"), p.trainingFor(Role.REFERENT));
        assertEquals(List.of(), p.trainingFor(Role.TEACHER));
        assertEquals(List.of(), parser.parse("demo.yaml", BASE).trainingFor(Role.REFERENT), "optional");
    }

    @Test
    void trainingNamesRolesWorkingInASchoolAndModuleIds() {
        int line = (int) BASE.lines().count() + 2;
        assertSingle(BASE + "training:\n  principal: [school-protocol]\n", line, "principal");
        assertSingle(BASE + "training:\n  referent: [School Protocol!]\n", line, "School Protocol!");
    }

    @Test
    void evidenceExportNamesSchoolRolesAndDefaultsToReferentAndHead() throws ProtocolInvalidException {
        assertEquals(List.of(Role.REFERENT, Role.HEAD_OF_SCHOOL), parser.parse("demo.yaml", BASE).evidenceExport());
        assertEquals(List.of(Role.HEAD_OF_SCHOOL), parser.parse("demo.yaml", BASE
                + "evidence_export: [head_of_school]\n").evidenceExport());
        int line = (int) BASE.lines().count() + 1;
        assertSingle(BASE + "evidence_export: [police]\n", line, "police", "not a role");
    }

    // ---------------------------------------------------------------- valid

    @Test
    void readsTheBaseProtocol() throws ProtocolInvalidException {
        ProtocolDefinition p = parser.parse("demo.yaml", BASE);
        assertEquals("demo", p.id());
        assertEquals(1, p.version());
        assertEquals("Demo", p.title().in(Locale.ENGLISH));
        assertEquals("Démo", p.title().in(Locale.GERMAN), "falls back to the first language");
        assertEquals(List.of("fr", "en"), p.languages());
        assertEquals(Set.of(SchoolLevel.COLLEGE), p.appliesTo());
        assertEquals(2, p.steps().size());
        var interview = p.step("interview-target").orElseThrow();
        assertEquals(Role.REFERENT, interview.owner());
        assertEquals(new Deadline(2, DeadlineUnit.SCHOOL_DAYS), interview.due());
        assertEquals("interview", interview.form());
        assertEquals(StepKind.OTHER, interview.kind());
        assertEquals(List.of("acknowledge"), interview.after());
        assertFalse(interview.parentVisible());
        assertEquals(List.of(new EscalationAction(ActionKind.NOTIFY, "head_of_school"),
                new EscalationAction(ActionKind.REQUIRE_DECISION, null)), p.escalations().getFirst().actions());
        assertEquals(new Deadline(1, DeadlineUnit.HOURS), p.escalations().getFirst().within());
        assertEquals(List.of("acknowledge"), p.closing().requiredSteps());
        assertTrue(p.closing().summaryRequired());
        assertEquals("2 weeks", p.followUp().getFirst().toString());
    }

    @Test
    void readyStepsAndMatchingRules() throws ProtocolInvalidException {
        ProtocolDefinition p = parser.parse("demo.yaml", BASE);
        assertEquals(List.of("acknowledge"), p.stepsReadyAfter(Set.of()).stream().map(s -> s.id()).toList());
        assertEquals(List.of("interview-target"),
                p.stepsReadyAfter(Set.of("acknowledge")).stream().map(s -> s.id()).toList());
        assertTrue(p.stepsReadyAfter(Set.of("acknowledge", "interview-target")).isEmpty());
        assertEquals(1, p.rulesMatching(Set.of("risk.self_harm", "category.insults")).size());
        assertTrue(p.rulesMatching(Set.of("risk.threats")).isEmpty());
    }

    @Test
    void aSingleLanguageProtocolTakesPlainTexts() throws ProtocolInvalidException {
        String yaml = BASE.replace("languages: [fr, en]", "languages: [en]")
                .replaceAll("\\{fr: \"[^\"]*\", en: (\"[^\"]*\")}", "$1");
        ProtocolDefinition p = parser.parse("demo.yaml", yaml);
        assertEquals("Listen", p.step("interview-target").orElseThrow().guidance().in(Locale.FRENCH));
    }

    // ---------------------------------------------------------------- YAML and top level

    @Test
    void yamlSyntaxErrorGivesItsLine() {
        assertSingle(with("    owner: referent\n    due: 1 school day", "    owner: referent\n    due: [1 school day"),
                19, "not valid YAML");
    }

    @Test
    void badIndentationGivesItsLine() {
        assertSingle(with("    guidance: {fr: \"Lire\", en: \"Read\"}", "  guidance: {fr: \"Lire\", en: \"Read\"}"),
                16, "not valid YAML");
    }

    @Test
    void emptyFileAndNonMapping() {
        assertSingle("", 1, "empty");
        assertSingle("# only a comment\n", 1, "empty");
        assertSingle("- a\n- b\n", 1, "must be a mapping");
    }

    @Test
    void missingTopLevelKeys() {
        List<ProtocolProblem> problems = problems("""
                title: "x"
                steps: []
                """);
        List<String> messages = problems.stream().map(ProtocolProblem::message).toList();
        assertTrue(messages.contains("the protocol has no 'id'"), messages::toString);
        assertTrue(messages.contains("the protocol has no 'version'"), messages::toString);
        assertTrue(messages.contains("the protocol has no 'languages'"), messages::toString);
        assertTrue(messages.contains("the protocol has no 'applies_to'"), messages::toString);
        assertTrue(messages.contains("the protocol has no steps"), messages::toString);
    }

    @Test
    void unknownKeyWithSuggestion() {
        assertSingle(with("    owner: referent\n    due: 1 school day", "    onwer: referent\n    due: 1 school day"),
                17, "unknown key 'onwer'", "did you mean 'owner'?");
    }

    @Test
    void unknownTopLevelKey() {
        assertSingle(with("follow_up: [2 weeks]", "followup: [2 weeks]"), 36, "unknown key 'followup'",
                "did you mean 'follow_up'?");
    }

    @Test
    void repeatedKey() {
        assertSingle(with("    due: 1 school day\n", "    due: 1 school day\n    due: 2 school days\n"), 19,
                "the key 'due' twice", "first on line 18");
    }

    @Test
    void versionMustBeAPositiveWholeNumber() {
        assertSingle(with("version: 1", "version: 0"), 2, "positive whole number", "'0'");
        assertSingle(with("version: 1", "version: 1.5"), 2, "positive whole number");
        assertSingle(with("version: 1", "version: two"), 2, "positive whole number");
    }

    @Test
    void invalidProtocolId() {
        assertSingle(with("id: demo", "id: Demo Protocol"), 1, "'Demo Protocol' is not valid",
                "lowercase letters, digits and dashes");
    }

    @Test
    void unknownSchoolLevel() {
        assertSingle(with("applies_to: [college]", "applies_to: [college, highschool]"), 5,
                "'highschool' is not a school level", "primary, college or lycee");
    }

    @Test
    void wrongTypedValues() {
        assertSingle(with("applies_to: [college]", "applies_to: college"), 5, "'applies_to' must be a list");
        assertSingle(with("    after: [acknowledge]", "    after: {acknowledge: yes}"), 25, "'after' must be a list");
        assertSingle(with("    owner: referent\n    due: 1 school day",
                "    owner: [referent]\n    due: 1 school day"), 17, "'owner' must be a single value");
    }

    @Test
    void booleanMustBeTrueOrFalse() {
        assertSingle(with("    form: interview", "    form: interview\n    parent_visible: sometimes"), 25,
                "'parent_visible' must be true or false, not 'sometimes'");
    }

    @Test
    void badLanguageCode() {
        assertSingle(with("languages: [fr, en]", "languages: [fr, english]"), 4,
                "'english' is not a two-letter language code");
    }

    // ---------------------------------------------------------------- steps

    @Test
    void unknownRole() {
        assertSingle(with("    owner: referent\n    due: 2", "    owner: principal\n    due: 2"), 22,
                "step 'interview-target' has owner 'principal', which is not a role; use one of "
                        + "teacher, staff, referent, head_of_school");
    }

    @Test
    void roleOutsideTheSchool() {
        assertSingle(with("    owner: referent\n    due: 2", "    owner: district_lead\n    due: 2"), 22,
                "owner 'district_lead', which is not a role working in a school");
    }

    @Test
    void missingOwner() {
        assertSingle(with("    owner: referent\n    due: 2", "    due: 2"), 19,
                "step 'interview-target' has no 'owner'; use one of");
    }

    @Test
    void missingDeadline() {
        assertSingle(with("    owner: referent\n    due: 1 school day\n", "    owner: referent\n"), 14,
                "step 'acknowledge' has no 'due' (its deadline)");
    }

    @Test
    void emptyDeadlineIsMissingAtItsLine() {
        assertSingle(with("    due: 1 school day\n", "    due:\n"), 18, "step 'acknowledge' has no 'due'");
    }

    @Test
    void unparseableDeadline() {
        assertSingle(with("due: 1 school day", "due: tomorrow"), 18,
                "step 'acknowledge': due 'tomorrow' is not a deadline", "'1 school day'");
    }

    @Test
    void unknownForm() {
        assertSingle(with("    form: interview", "    form: interveiw"), 24,
                "uses form 'interveiw', which is not defined under forms", "did you mean 'interview'?");
    }

    @Test
    void unknownStepKind() {
        assertSingle(with("    form: interview", "    form: interview\n    kind: chat"), 25,
                "kind 'chat', which is not a step kind");
    }

    @Test
    void duplicateStepId() {
        assertSingle(with("  - id: interview-target", "  - id: acknowledge"), 19,
                "step id 'acknowledge' is used twice (first on line 14)");
    }

    @Test
    void invalidStepId() {
        assertSingle(with("  - id: interview-target\n", "  - id: Interview_Target\n").replace("after: [acknowledge]", "after: []"),
                19, "step id 'Interview_Target' is not valid");
    }

    @Test
    void afterAnUnknownStep() {
        assertSingle(with("after: [acknowledge]", "after: [acknowledge, interview-parents]"), 25,
                "comes after 'interview-parents', which is not a step of this protocol");
    }

    @Test
    void stepCycleNamesTheSteps() {
        String yaml = with("    due: 1 school day\n", "    due: 1 school day\n    after: [interview-target]\n");
        assertSingle(yaml, 14, "cycle: acknowledge -> interview-target -> acknowledge");
    }

    @Test
    void stepWaitingForItself() {
        assertSingle(with("after: [acknowledge]", "after: [interview-target]"), 19,
                "cycle: interview-target -> interview-target");
    }

    @Test
    void missingTitleAndLanguages() {
        assertSingle(with("    guidance: {fr: \"Lire\", en: \"Read\"}", "    guidance: {fr: \"Lire\"}"), 16,
                "step 'acknowledge' guidance has no 'en' text");
        assertSingle(with("    guidance: {fr: \"Lire\", en: \"Read\"}", "    guidance: \"Read\""), 16,
                "must be given in each language of the protocol (fr, en)");
        assertSingle(with("    guidance: {fr: \"Lire\", en: \"Read\"}", "    guidance: {fr: \"Lire\", en: \"Read\", de: \"Lesen\"}"),
                16, "has a text in 'de', which is not one of the protocol's languages");
        assertSingle(with("    title: {fr: \"Prendre en compte\", en: \"Acknowledge\"}\n", ""), 14,
                "step 'acknowledge' has no 'title'");
    }

    // ---------------------------------------------------------------- forms

    @Test
    void duplicateFormAndFieldIds() {
        String yaml = with("""
                      - id: who
                        type: text
                        label: {fr: "Qui", en: "Who"}
                """, """
                      - id: who
                        type: text
                        label: {fr: "Qui", en: "Who"}
                      - id: who
                        type: text
                        label: {fr: "Qui", en: "Who"}
                  - id: interview
                    title: {fr: "Autre", en: "Other"}
                    fields:
                      - id: what
                        type: text
                        label: {fr: "Quoi", en: "What"}
                """);
        List<ProtocolProblem> problems = problems(yaml);
        assertEquals(2, problems.size(), problems::toString);
        assertProblem(problems.get(0), 13, "field id 'who' is used twice in form 'interview' (first on line 10)");
        assertProblem(problems.get(1), 16, "form id 'interview' is used twice (first on line 7)");
    }

    @Test
    void unknownFieldType() {
        assertSingle(with("        type: text", "        type: texte"), 11, "type 'texte', which is not a field type",
                "did you mean 'text'?");
    }

    @Test
    void choiceWithoutOptions() {
        assertSingle(with("        type: text", "        type: choice"), 10,
                "field 'who' of form 'interview' is a choice but has no options");
    }

    @Test
    void boundsOnlyOnNumbersAndOptionsOnlyOnChoices() {
        assertSingle(with("        type: text\n", "        type: text\n        max: 5\n"), 12,
                "has 'max' but its type is not number");
        assertSingle(with("        type: text\n", "        type: text\n        options: [{id: a, label: {fr: A, en: A}}]\n"),
                12, "has options but its type is not choice");
        assertSingle(with("        type: text\n", "        type: number\n        min: 6\n        max: 5\n"), 12,
                "min 6 greater than max 5");
        assertSingle(with("        type: text\n", "        type: number\n        max: five\n"), 12,
                "'max' must be a whole number");
    }

    @Test
    void choiceOptionsAreRead() throws ProtocolInvalidException {
        ProtocolDefinition p = parser.parse("demo.yaml", with("        type: text\n", """
                        type: choice
                        options:
                          - {id: pupil, label: {fr: "Élève", en: "Pupil"}}
                          - {id: parent, label: {fr: "Parent", en: "Parent"}}
                """));
        var field = p.forms().get("interview").field("who").orElseThrow();
        assertEquals(2, field.options().size());
        assertEquals("Élève", field.options().getFirst().label().in(Locale.FRENCH));
    }

    // ---------------------------------------------------------------- rules

    @Test
    void unknownFactInCondition() {
        assertSingle(with("when: risk.self_harm", "when: risk.self_harm or risk.threat_to_life"), 28,
                "escalation 'danger' uses the fact 'risk.threat_to_life', which is not known");
    }

    @Test
    void overdueFactNamesAStep() throws ProtocolInvalidException {
        assertSingle(with("when: risk.self_harm", "when: overdue.interview-parents"), 28,
                "uses 'overdue.interview-parents', but there is no step 'interview-parents'");
        parser.parse("demo.yaml", with("when: risk.self_harm", "when: overdue.interview-target or overdue.any"));
    }

    @Test
    void conditionSyntaxError() {
        assertSingle(with("when: risk.self_harm", "when: risk.self_harm or (risk.threats"), 28,
                "condition that cannot be read", "'(' is not closed");
        assertSingle(with("when: risk.self_harm", "when: risk.self_harm risk.threats"), 28,
                "expected 'and' or 'or' before 'risk.threats'");
    }

    @Test
    void unknownAction() {
        assertSingle(with("do: [notify head_of_school, require_decision]", "do: [notify head_of_school, call_mum]"),
                30, "'call_mum' is not an action");
        assertSingle(with("do: [notify head_of_school, require_decision]", "do: [notify principal, require_decision]"),
                30, "'notify principal' does not name a role to notify");
        assertSingle(with("do: [notify head_of_school, require_decision]", "do: [referral fbi, require_decision]"),
                30, "'referral fbi' does not name a referral body");
    }

    @Test
    void requireDecisionNeedsWithin() {
        assertSingle(with("    within: 1 hour\n", ""), 29,
                "escalation 'danger' requires a decision but does not say within what time");
    }

    @Test
    void duplicateRuleId() {
        String yaml = with("overdue:", """
                  - id: danger
                    when: risk.threats
                    do: [notify head_of_school]
                overdue:""");
        assertSingle(yaml, 31, "escalation id 'danger' is used twice (first on line 27)");
    }

    @Test
    void missingRuleParts() {
        List<ProtocolProblem> problems = problems(with("    when: risk.self_harm\n", ""));
        assertEquals(1, problems.size(), problems::toString);
        assertProblem(problems.getFirst(), 27, "escalation 'danger' has no 'when'");
    }

    @Test
    void overdueLadderAllowsRemindAndNotifyOnly() {
        assertSingle(with("    do: [notify head_of_school]\nclosing", "    do: [require_decision]\nclosing"), 33,
                "'require_decision' cannot be used in the overdue ladder");
        assertSingle(with("  - after: 1 school day", "  - after: soon"), 32, "overdue rule 1: after 'soon' is not a deadline");
    }

    @Test
    void closingRequiresKnownSteps() {
        assertSingle(with("required_steps: [acknowledge]", "required_steps: [acknowledge, close-case]"), 35,
                "closing requires the step 'close-case', which is not a step of this protocol");
    }

    @Test
    void badFollowUp() {
        assertSingle(with("follow_up: [2 weeks]", "follow_up: [2 weeks, later]"), 36, "'later' is not a follow-up delay");
    }

    // ---------------------------------------------------------------- all problems at once

    @Test
    void reportsEveryProblemNotOnlyTheFirst() {
        String yaml = BASE.replace("version: 1", "version: -1")
                .replace("    owner: referent\n    due: 1 school day", "    owner: principal\n    due: soon")
                .replace("form: interview", "form: nothing")
                .replace("required_steps: [acknowledge]", "required_steps: [gone]");
        List<ProtocolProblem> problems = problems(yaml);
        assertEquals(List.of(2, 17, 18, 24, 35), problems.stream().map(ProtocolProblem::line).toList(),
                problems::toString);
        assertEquals("demo.yaml:17: step 'acknowledge' has owner 'principal', which is not a role; use one of "
                + "teacher, staff, referent, head_of_school", problems.get(1).toString());
    }

    @Test
    void exceptionMessageListsTheProblems() {
        ProtocolInvalidException e = assertThrows(ProtocolInvalidException.class,
                () -> parser.parse("x.yaml", with("version: 1", "version: 0")));
        assertTrue(e.getMessage().startsWith("x.yaml:2: "), e.getMessage());
    }
}
