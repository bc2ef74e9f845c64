package org.haven.training.infrastructure;

import org.haven.training.domain.Lesson;
import org.haven.training.domain.Localized;
import org.haven.training.domain.Question;
import org.haven.training.domain.TrainingModule;
import org.haven.training.domain.ValidityPeriod;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One module file's reading: builds the module and its lessons, or leaves problems behind. */
record ModuleReader(YamlNodes y, ModuleFiles files, String folder) {

    TrainingModule module(Node root) {
        Map<String, Node> m = y.mapping(root, "module", List.of("id", "version", "title", "summary", "minutes",
                "lessons", "quiz"), List.of("valid_for")).orElse(Map.of());
        String id = m.containsKey("id") ? ModuleFields.id(y, m.get("id"), "module id").orElse(null) : null;
        Integer version = m.containsKey("version") ? y.integer(m.get("version"), "version", 1, 100_000)
                .orElse(null) : null;
        Localized title = ModuleFields.localized(y, m, "title");
        Localized summary = ModuleFields.localized(y, m, "summary");
        Integer minutes = m.containsKey("minutes") ? y.integer(m.get("minutes"), "minutes", 1, 600).orElse(null)
                : null;
        Period validFor = null;
        if (m.containsKey("valid_for")) {
            Node v = m.get("valid_for");
            validFor = y.text(v, "valid_for").flatMap(t -> {
                Optional<Period> p = ValidityPeriod.parse(t);
                if (p.isEmpty()) {
                    y.problem(v, "valid_for must read like '2 years', '18 months' or '90 days', not '" + t + "'");
                }
                return p;
            }).orElse(null);
        }
        Set<String> images = new LinkedHashSet<>();
        List<Lesson> lessons = m.containsKey("lessons") ? lessons(m.get("lessons"), id, images) : List.of();
        int[] passMark = {0};
        List<Question> quiz = m.containsKey("quiz") ? new QuizReader(y).quiz(m.get("quiz"), passMark) : List.of();
        if (!y.problems().isEmpty()) {
            return null;
        }
        return new TrainingModule(id, version, title, summary, minutes, validFor, passMark[0], lessons, quiz,
                images);
    }

    private List<Lesson> lessons(Node node, String moduleId, Set<String> images) {
        List<Lesson> lessons = new ArrayList<>();
        List<Node> items = y.list(node, "lessons").orElse(List.of());
        if (items.isEmpty() && node instanceof SequenceNode) {
            y.problem(node, "a module needs at least one lesson");
        }
        Set<String> ids = new HashSet<>();
        QuizReader scenarioReader = new QuizReader(y);
        Set<String> questionIds = new HashSet<>();
        for (Node item : items) {
            Map<String, Node> l = y.mapping(item, "lesson", List.of("id", "title", "text"), List.of("scenarios"))
                    .orElse(Map.of());
            Optional<String> id = l.containsKey("id") ? ModuleFields.id(y, l.get("id"), "lesson id") : Optional.empty();
            id.ifPresent(v -> {
                if (!ids.add(v)) {
                    y.problem(l.get("id"), "lesson id '" + v + "' is used twice in this module");
                }
            });
            Localized title = ModuleFields.localized(y, l, "title");
            Localized html = l.containsKey("text") ? lessonText(l.get("text"), moduleId, images) : null;
            List<Question> scenarios = new ArrayList<>();
            if (l.containsKey("scenarios")) {
                for (Node q : y.list(l.get("scenarios"), "scenarios").orElse(List.of())) {
                    scenarioReader.question(q, "scenario", questionIds).ifPresent(scenarios::add);
                }
            }
            if (id.isPresent() && title != null && html != null) {
                lessons.add(new Lesson(id.get(), title, html, scenarios));
            }
        }
        return lessons;
    }

    /** {@code text: {fr: lessons/x.fr.md, en: lessons/x.en.md}}: files of the module folder, rendered. */
    private Localized lessonText(Node node, String moduleId, Set<String> images) {
        Map<String, Node> m = y.mapping(node, "text", List.of("fr", "en"), List.of()).orElse(Map.of());
        String[] html = new String[2];
        String[] languages = {"fr", "en"};
        for (int i = 0; i < 2; i++) {
            Node fileNode = m.get(languages[i]);
            if (fileNode == null) {
                continue;
            }
            Optional<String> path = y.text(fileNode, "text (" + languages[i] + ")");
            if (path.isEmpty()) {
                continue;
            }
            String name = path.get();
            Optional<String> markdown = SafePaths.isSafe(name) && name.endsWith(".md")
                    ? files.text(folder + name) : Optional.empty();
            if (!SafePaths.isSafe(name) || !name.endsWith(".md")) {
                y.problem(fileNode, "lesson text '" + name
                        + "' must be a .md file of the module folder, named from that folder");
            } else if (markdown.isEmpty()) {
                y.problem(fileNode, "lesson text '" + name + "' does not exist");
            } else if (markdown.get().isBlank()) {
                y.problem(fileNode, "lesson text '" + name + "' is empty");
            } else if (moduleId != null) {
                LessonMarkdown.Rendered r = LessonMarkdown.render(folder + name, markdown.get(), moduleId,
                        folder, files, y.problems());
                html[i] = r.html();
                images.addAll(r.images());
            }
        }
        return html[0] != null && html[1] != null ? new Localized(html[0], html[1]) : null;
    }
}
