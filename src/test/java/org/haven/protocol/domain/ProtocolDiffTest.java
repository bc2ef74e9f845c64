package org.haven.protocol.domain;

import org.haven.protocol.infrastructure.BundledProtocols;
import org.haven.protocol.infrastructure.ProtocolParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProtocolDiffTest {

    private final ProtocolParser parser = new ProtocolParser();

    private ProtocolDefinition generic(String from, String to) throws ProtocolInvalidException {
        String text = BundledProtocols.read("generic.yaml");
        assertTrue(text.contains(from), from);
        return parser.parse("generic.yaml", text.replace(from, to).replace("version: 2", "version: 3"));
    }

    private static List<String> lines(ProtocolDefinition before, ProtocolDefinition after) {
        return ProtocolDiff.between(before, after).stream().map(DiffLine::toString).toList();
    }

    @Test
    void identicalVersionsDifferOnlyByTheirNumber() throws ProtocolInvalidException {
        ProtocolDefinition active = parser.parse("g", BundledProtocols.read("generic.yaml"));
        assertEquals(List.of("~ version: 2 -> 3"), lines(active, generic("x", "x")));
        assertEquals(List.of(), ProtocolDiff.between(active, active));
    }

    /** The text with each pair replaced; each "from" must be found. */
    private static String edit(String text, String... pairs) {
        String result = text;
        for (int i = 0; i < pairs.length; i += 2) {
            assertTrue(result.contains(pairs[i]), pairs[i]);
            result = result.replace(pairs[i], pairs[i + 1]);
        }
        return result;
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void changedStepAttributes() throws ProtocolInvalidException {
        ProtocolDefinition active = parser.parse("g", BundledProtocols.read("generic.yaml"));
        ProtocolDefinition candidate = generic(
                lines("  - id: meet-parents", "    kind: parents", "    owner: head_of_school",
                        "    due: 3 school days", "    form: meeting", "    after: [interview-target]",
                        "    parent_visible: true"),
                lines("  - id: meet-parents", "    kind: parents", "    owner: referent", "    due: 2 school days",
                        "    after: [interview-target, protect-target]"));
        assertEquals(List.of(
                "~ version: 2 -> 3",
                "~ step meet-parents: owner: head_of_school -> referent",
                "~ step meet-parents: deadline: 3 school days -> 2 school days",
                "~ step meet-parents: form: meeting -> none",
                "~ step meet-parents: visible to: staff and parents -> staff only",
                "~ step meet-parents: comes after: interview-target -> interview-target, protect-target"),
                lines(active, candidate));
    }

    @Test
    void addedAndRemovedStepsRulesAndFields() throws ProtocolInvalidException {
        ProtocolDefinition active = parser.parse("g", BundledProtocols.read("generic.yaml"));
        String text = edit(BundledProtocols.read("generic.yaml"),
                "version: 2", "version: 3",
                lines("      - id: witnesses", "        type: textarea", "        label: \"Witnesses\""), "",
                lines("  - id: adult-author", "    title: \"Alleged author is an adult\"",
                        "    when: party.alleged_author_adult", "    within: 1 school day",
                        "    do: [notify district_lead, require_decision]"),
                lines("  - id: threats", "    when: risk.threats", "    do: [notify head_of_school]"),
                lines("overdue:", "  - after: 0 hours"), lines("overdue:", "  - after: 1 hour"),
                "follow_up: [2 weeks, 3 months]", "follow_up: [2 weeks, 6 weeks, 3 months]",
                "summary_required: true", "summary_required: false");
        assertEquals(List.of(
                "~ version: 2 -> 3",
                "- form interview, field witnesses: textarea, optional",
                "- escalation adult-author: when party.alleged_author_adult, within 1 school day: notify district_lead, "
                        + "require_decision",
                "+ escalation threats: when risk.threats: notify head_of_school",
                "~ overdue ladder: after 0 hours: remind owner; after 2 school days: notify head_of_school -> "
                        + "after 1 hour: remind owner; after 2 school days: notify head_of_school",
                "~ closing: required steps acknowledge, interview-target, protect-target, meet-parents, check-in, "
                        + "summary required -> required steps acknowledge, interview-target, protect-target, "
                        + "meet-parents, check-in, summary optional",
                "~ follow-up: 2 weeks, 3 months -> 2 weeks, 6 weeks, 3 months"), lines(active, parser.parse("g", text)));
    }

    @Test
    void textsAndFieldsChanged() throws ProtocolInvalidException {
        ProtocolDefinition active = parser.parse("g", BundledProtocols.read("fr-secondary.yaml"));
        String text = edit(BundledProtocols.read("fr-secondary.yaml"),
                "title: {fr: \"Choisir la réponse\", en: \"Choose the response\"}",
                "title: {fr: \"Choisir la réponse éducative\", en: \"Choose the response\"}",
                lines("        type: number", "        min: 0"), lines("        type: number", "        min: 1"));
        assertEquals(List.of(
                "~ step choose-response: title (fr): Choisir la réponse -> Choisir la réponse éducative",
                "~ form shared-concern-review, field interviews: number, required, min 0, max 50 -> "
                        + "number, required, min 1, max 50"), lines(active, parser.parse("g", text)));
    }

    @Test
    void aFirstVersionIsAllAdded() throws ProtocolInvalidException {
        ProtocolDefinition candidate = parser.parse("g", BundledProtocols.read("generic.yaml"));
        List<DiffLine> diff = ProtocolDiff.between(null, candidate);
        assertTrue(diff.stream().allMatch(d -> d.change() == DiffLine.Change.ADDED), diff::toString);
        assertEquals("+ protocol generic: version 2, 8 steps", diff.getFirst().toString());
        assertEquals(8, diff.stream().filter(d -> d.subject().startsWith("step ")).count());
        assertTrue(diff.stream().anyMatch(d -> d.toString().equals(
                "+ step meet-parents: owner head_of_school, due 3 school days, kind parents, form meeting, "
                        + "visible to staff and parents, comes after interview-target")), diff::toString);
    }
}
