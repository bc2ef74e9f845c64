package org.haven.protocol.infrastructure;

import org.haven.directory.domain.SchoolLevel;
import org.haven.platform.security.Role;
import org.haven.protocol.domain.ActionKind;
import org.haven.protocol.domain.EscalationRule;
import org.haven.protocol.domain.FieldType;
import org.haven.protocol.domain.FormField;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.ProtocolInvalidException;
import org.haven.protocol.domain.StepDefinition;
import org.haven.protocol.domain.StepKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The protocols shipped in protocols/ are valid and say what the French framework asks. */
class ShippedProtocolsTest {

    private final ProtocolParser parser = new ProtocolParser();

    private ProtocolDefinition shipped(String name) throws ProtocolInvalidException {
        return parser.parse(name, BundledProtocols.read(name));
    }

    @Test
    void theIndexListsEveryProtocolFile() throws IOException {
        Set<String> onDisk = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("protocols"))) {
            files.filter(f -> f.toString().endsWith(".yaml"))
                    .map(f -> Path.of("protocols").relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("training/") && !f.startsWith("surveys/"))
                    .forEach(onDisk::add);
        }
        assertFalse(onDisk.isEmpty());
        assertEquals(onDisk, Set.copyOf(BundledProtocols.names()));
        assertEquals(BundledProtocols.names().size(), Set.copyOf(BundledProtocols.names()).size(), "no duplicate");
    }

    @Test
    void everyShippedProtocolIsValid() throws ProtocolInvalidException {
        assertEquals(List.of("fr-secondary.yaml", "fr-primary.yaml", "generic.yaml"), BundledProtocols.names());
        for (String name : BundledProtocols.names()) {
            ProtocolDefinition protocol = shipped(name);
            assertEquals(name.replace(".yaml", ""), protocol.id(), "the file is named after the id");
        }
    }

    @Test
    void frSecondary() throws ProtocolInvalidException {
        ProtocolDefinition p = shipped("fr-secondary.yaml");
        assertEquals(14, p.steps().size());
        assertEquals(Set.of(SchoolLevel.COLLEGE, SchoolLevel.LYCEE), p.appliesTo());
        assertEquals(List.of("fr", "en"), p.languages());
        assertEquals(List.of("acknowledge"), ids(p.stepsReadyAfter(Set.of())));
        assertEquals(List.of("inform-head", "interview-target"), ids(p.stepsReadyAfter(Set.of("acknowledge"))));
        StepDefinition interview = p.step("interview-target").orElseThrow();
        assertEquals(StepKind.INTERVIEW, interview.kind());
        Set<String> fields = Set.copyOf(p.forms().get(interview.form()).fields().stream().map(FormField::id).toList());
        assertTrue(fields.containsAll(Set.of("who", "since-when", "what", "witnesses", "needs", "parents-wishes")));
        assertEquals(Role.HEAD_OF_SCHOOL, p.step("declare-incident").orElseThrow().owner());
        assertTrue(p.step("meet-target-parents").orElseThrow().parentVisible());
        assertFalse(p.step("interview-authors").orElseThrow().parentVisible());
        assertEquals("[2 weeks, 6 weeks, 3 months]", p.followUp().toString());
        assertEquals(3, p.overdue().size());
        assertTrue(p.closing().summaryRequired());
    }

    @Test
    void frPrimary() throws ProtocolInvalidException {
        ProtocolDefinition p = shipped("fr-primary.yaml");
        assertEquals(14, p.steps().size());
        assertEquals(Set.of(SchoolLevel.PRIMARY), p.appliesTo());
        StepDefinition suspension = p.step("precautionary-suspension").orElseThrow();
        assertTrue(suspension.skippable());
        FormField days = p.forms().get(suspension.form()).field("days").orElseThrow();
        assertEquals(FieldType.NUMBER, days.type());
        assertEquals(5, days.max());
        assertTrue(p.step("shared-concern").isPresent());
        assertTrue(p.step("disciplinary").isEmpty(), "no disciplinary procedure at primary school");
    }

    @Test
    void generic() throws ProtocolInvalidException {
        ProtocolDefinition p = shipped("generic.yaml");
        assertEquals(8, p.steps().size());
        assertEquals(List.of("en"), p.languages());
    }

    @Test
    void selfHarmTellsTheHeadAndTheDistrictLeadWithinOneHour() throws ProtocolInvalidException {
        for (String name : BundledProtocols.names()) {
            List<EscalationRule> rules = shipped(name).rulesMatching(Set.of("risk.self_harm", "category.insults"));
            assertEquals(1, rules.size(), name);
            EscalationRule rule = rules.getFirst();
            assertEquals("1 hour", rule.within().toString());
            assertEquals(List.of("notify head_of_school", "notify district_lead", "require_decision",
                    "show_help_lines"), rule.actions().stream().map(Object::toString).toList(), name);
        }
    }

    @Test
    void intimateImagesAreReferredToPoliceAndTakedown() throws ProtocolInvalidException {
        ProtocolDefinition p = shipped("fr-secondary.yaml");
        List<EscalationRule> rules = p.rulesMatching(Set.of("evidence.intimate_images", "category.deepfake"));
        assertEquals(List.of("intimate-images"), rules.stream().map(EscalationRule::id).toList(),
                "the deepfake rule steps aside when intimate images are involved");
        assertTrue(rules.getFirst().actions().stream().anyMatch(a -> a.kind() == ActionKind.REFERRAL
                && a.argument().equals("police")));
        assertEquals(List.of("deepfake"),
                p.rulesMatching(Set.of("category.deepfake")).stream().map(EscalationRule::id).toList());
        assertEquals(List.of("protection-late"),
                p.rulesMatching(Set.of("overdue.protect-target", "overdue.any")).stream().map(EscalationRule::id).toList());
    }

    private static List<String> ids(List<StepDefinition> steps) {
        return steps.stream().map(StepDefinition::id).toList();
    }
}
