package org.haven.protocol.infrastructure;

import org.haven.platform.security.Role;
import org.haven.directory.domain.SchoolLevel;
import org.haven.protocol.domain.Phrase;
import org.haven.protocol.domain.PhraseException;
import org.haven.protocol.domain.ClosingRule;
import org.haven.protocol.domain.EscalationRule;
import org.haven.protocol.domain.FollowUp;
import org.haven.protocol.domain.FormDefinition;
import org.haven.protocol.domain.LocalizedText;
import org.haven.protocol.domain.OverdueRule;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.ProtocolInvalidException;
import org.haven.protocol.domain.StepDefinition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a protocol file (YAML, the format of protocols/README.md) and checks it whole: every problem is reported
 * with its line, so that an author fixes a draft in one pass.
 */
public final class ProtocolParser {

    private static final List<String> TOP_KEYS = List.of("id", "version", "title", "languages", "applies_to",
            "forms", "steps", "escalations", "overdue", "closing", "follow_up", "training", "evidence_export");
    private static final List<String> CLOSING_KEYS = List.of("required_steps", "summary_required");
    private static final List<String> LEVELS = List.of("primary", "college", "lycee");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    /**
     * @throws ProtocolInvalidException with every problem found, each with the file name and line
     */
    public ProtocolDefinition parse(String fileName, String yamlText) throws ProtocolInvalidException {
        ParseContext context = new ParseContext(fileName);
        Optional<Node> root = compose(context, yamlText);
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

    /** The YAML document's root node; a syntax error becomes a problem with its line. Shared with the survey files. */
    public static Optional<Node> compose(ParseContext context, String yamlText) {
        try {
            LoadSettings settings = LoadSettings.builder().setLabel("protocol").build();
            return new Compose(settings).composeString(yamlText == null ? "" : yamlText);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(1);
            context.report(line, "protocol.problem.yaml", e.getProblem()
                    + (e.getContext() == null ? "" : " (" + e.getContext() + ")"));
        } catch (ReaderException e) {
            context.report(lineAt(yamlText, e.getPosition()), "protocol.problem.yaml.character",
                    String.valueOf(e.getCodePoint()));
        } catch (YamlEngineException e) {
            context.report(1, "protocol.problem.yaml", e.getMessage());
        }
        return Optional.empty();
    }

    private static int lineAt(String text, int position) {
        int line = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
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
        Integer version = version(context, top);
        int before = context.problems().size();
        List<String> languages = languages(context, top);
        // Texts are checked against the languages only when these are right, so one typo gives one problem.
        context.languages(context.problems().size() == before ? languages : List.of());
        Node titleNode = top.require("title", null);
        LocalizedText title = titleNode == null ? null : context.text(titleNode,
                Phrase.of("protocol.what.part.title", Phrase.of("protocol.what.protocol")));
        Set<SchoolLevel> levels = levels(context, top);

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
        ClosingRule closing = closing(context, top, stepIds);
        List<FollowUp> followUp = followUp(context, top);
        Map<Role, List<String>> training = training(context, top);
        List<Role> evidenceExport = evidenceExport(context, top);

        if (!context.problems().isEmpty()) {
            return null;
        }
        return new ProtocolDefinition(id, version, title, languages, levels, forms, steps, escalations, overdue,
                closing, followUp, training, evidenceExport);
    }

    private static Integer version(ParseContext context, YamlMap top) {
        String text = top.string("version", true);
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{1,9}") || Integer.parseInt(text) == 0) {
            context.report(top.get("version"), "protocol.problem.version", text);
            return null;
        }
        return Integer.parseInt(text);
    }

    private static List<String> languages(ParseContext context, YamlMap top) {
        Set<String> languages = new LinkedHashSet<>();
        for (YamlMap.Item item : top.strings("languages", true)) {
            if (!LANGUAGE.matcher(item.text()).matches()) {
                context.report(item.node(), "protocol.problem.language.invalid", item.text());
            } else if (!languages.add(item.text())) {
                context.report(item.node(), "protocol.problem.language.twice", item.text());
            }
        }
        if (top.get("languages") instanceof SequenceNode && languages.isEmpty()) {
            context.report(top.get("languages"), "protocol.problem.language.none");
        }
        return new ArrayList<>(languages);
    }

    private static Set<SchoolLevel> levels(ParseContext context, YamlMap top) {
        Set<SchoolLevel> levels = EnumSet.noneOf(SchoolLevel.class);
        List<YamlMap.Item> items = top.strings("applies_to", true);
        for (YamlMap.Item item : items) {
            if (LEVELS.contains(item.text())) {
                levels.add(SchoolLevel.values()[LEVELS.indexOf(item.text())]);
            } else {
                context.report(item.node(), "protocol.problem.level.invalid", item.text(),
                        Suggestions.didYouMean(item.text(), LEVELS));
            }
        }
        if (top.get("applies_to") instanceof SequenceNode && items.isEmpty()) {
            context.report(top.get("applies_to"), "protocol.problem.level.none");
        }
        return levels;
    }

    private static ClosingRule closing(ParseContext context, YamlMap top, List<String> stepIds) {
        Node node = top.get("closing");
        if (node == null) {
            return new ClosingRule(List.of(), true);
        }
        YamlMap closing = YamlMap.of(context, node, Phrase.of("protocol.what.closing"), CLOSING_KEYS);
        if (closing == null) {
            return null;
        }
        List<String> required = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMap.Item item : closing.strings("required_steps", false)) {
            if (!stepIds.contains(item.text())) {
                context.report(item.node(), "protocol.problem.closing.step", item.text(),
                        Suggestions.didYouMean(item.text(), stepIds));
            } else if (seen.add(item.text())) {
                required.add(item.text());
            }
        }
        return new ClosingRule(required, closing.bool("summary_required", true));
    }

    /** The training modules a person must hold to do the steps owned by each role: {@code training: {referent: [..]}}. */
    private static Map<Role, List<String>> training(ParseContext context, YamlMap top) {
        Map<Role, List<String>> required = new java.util.EnumMap<>(Role.class);
        Node node = top.get("training");
        if (node == null) {
            return required;
        }
        YamlMap map = YamlMap.of(context, node, Phrase.of("protocol.what.training"), StepsReader.OWNERS);
        if (map == null) {
            return required;
        }
        for (String role : StepsReader.OWNERS) {
            List<String> modules = new ArrayList<>();
            for (YamlMap.Item item : map.strings(role, false)) {
                if (context.checkId(item.node(), item.text(), Phrase.of("protocol.what.trainingModule"))
                        && !modules.contains(item.text())) {
                    modules.add(item.text());
                }
            }
            if (!modules.isEmpty()) {
                required.put(Role.fromSecurityName(role), List.copyOf(modules));
            }
        }
        return required;
    }

    /** The roles that may export a case's evidence dossier; by default the referent and the head of school. */
    private static List<Role> evidenceExport(ParseContext context, YamlMap top) {
        if (top.get("evidence_export") == null) {
            return List.of(Role.REFERENT, Role.HEAD_OF_SCHOOL);
        }
        List<Role> roles = new ArrayList<>();
        for (YamlMap.Item item : top.strings("evidence_export", false)) {
            if (!StepsReader.OWNERS.contains(item.text())) {
                context.report(item.node(), "protocol.problem.evidenceExport", item.text(),
                        Suggestions.didYouMean(item.text(), StepsReader.OWNERS), StepsReader.OWNERS);
            } else if (!roles.contains(Role.fromSecurityName(item.text()))) {
                roles.add(Role.fromSecurityName(item.text()));
            }
        }
        return roles;
    }

    private static List<FollowUp> followUp(ParseContext context, YamlMap top) {
        List<FollowUp> followUp = new ArrayList<>();
        for (YamlMap.Item item : top.strings("follow_up", false)) {
            try {
                followUp.add(FollowUp.parse(item.text()));
            } catch (IllegalArgumentException e) {
                context.report(item.node(), "protocol.problem.followUp", PhraseException.of(e));
            }
        }
        return followUp;
    }
}
