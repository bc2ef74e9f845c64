package org.haven.protocol.infrastructure;

import org.haven.directory.domain.SchoolLevel;
import org.haven.platform.security.Role;
import org.haven.protocol.domain.ClosingRule;
import org.haven.protocol.domain.EscalationRule;
import org.haven.protocol.domain.FollowUp;
import org.haven.protocol.domain.FormDefinition;
import org.haven.protocol.domain.LocalizedText;
import org.haven.protocol.domain.OverdueRule;
import org.haven.protocol.domain.Phrase;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.ProtocolInvalidException;
import org.haven.protocol.domain.StepDefinition;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a protocol file (YAML, the format of protocols/README.md) and checks it whole: every problem is reported
 * with its line, so that an author fixes a draft in one pass.
 */
public final class ProtocolParser {

    private static final List<String> TOP_KEYS = List.of("id", "version", "title", "languages", "applies_to",
            "forms", "steps", "escalations", "overdue", "closing", "follow_up", "training", "evidence_export");

    /**
     * @throws ProtocolInvalidException with every problem found, each with the file name and line
     */
    public ProtocolDefinition parse(String fileName, String yamlText) throws ProtocolInvalidException {
        ParseContext context = new ParseContext(fileName);
        Optional<Node> root = YamlDocument.compose(context, yamlText);
        ProtocolDefinition protocol = null;
        if (root.isPresent()) {
            protocol = read(context, root.get());
        } else if (context.problems().isEmpty()) {
            context.report(1, "protocol.problem.file.empty");
        }
        if (!context.problems().isEmpty() || protocol == null) {
            throw new ProtocolInvalidException(context.problems());
        }
        return protocol;
    }

    private static ProtocolDefinition read(ParseContext context, Node root) {
        YamlMap top = YamlMap.of(context, root, Phrase.of("protocol.what.protocol"), TOP_KEYS);
        if (top == null) {
            return null;
        }
        String id = top.string("id", true);
        if (id != null && !context.checkId(top.get("id"), id, Phrase.of("protocol.what.protocol"))) {
            id = null;
        }
        Integer version = HeaderReader.version(context, top);
        int before = context.problems().size();
        List<String> languages = HeaderReader.languages(context, top);
        // Texts are checked against the languages only when these are right, so one typo gives one problem.
        context.languages(context.problems().size() == before ? languages : List.of());
        Node titleNode = top.require("title", null);
        LocalizedText title = titleNode == null ? null : context.text(titleNode,
                Phrase.of("protocol.what.part.title", Phrase.of("protocol.what.protocol")));
        Set<SchoolLevel> levels = HeaderReader.levels(context, top);

        List<Node> formNodes = top.list("forms", false);
        Map<String, FormDefinition> forms = new FormsReader(context).read(formNodes);
        List<Node> stepNodes = top.list("steps", true);
        if (top.get("steps") instanceof SequenceNode && stepNodes.isEmpty()) {
            context.report(top.get("steps"), "protocol.problem.steps.none");
        }
        List<String> stepIds = stepNodes.stream().map(YamlMap::idOf).flatMap(Optional::stream).toList();
        StepsReader stepsReader = new StepsReader(context, stepIds, FormsReader.ids(formNodes));
        List<StepDefinition> steps = stepsReader.read(stepNodes);
        for (List<String> cycle : StepCycles.find(steps)) {
            context.report(stepsReader.lines().get(cycle.get(0)), "protocol.problem.steps.cycle",
                    String.join(" -> ", cycle));
        }
        RulesReader rules = new RulesReader(context, stepIds);
        List<EscalationRule> escalations = rules.escalations(top.list("escalations", false));
        List<OverdueRule> overdue = rules.overdue(top.list("overdue", false));
        ClosingRule closing = ClosingReader.closing(context, top, stepIds);
        List<FollowUp> followUp = ClosingReader.followUp(context, top);
        Map<Role, List<String>> training = DutiesReader.training(context, top);
        List<Role> evidenceExport = DutiesReader.evidenceExport(context, top);

        if (!context.problems().isEmpty()) {
            return null;
        }
        return new ProtocolDefinition(id, version, title, languages, levels, forms, steps, escalations, overdue,
                closing, followUp, training, evidenceExport);
    }
}
