package org.haven.training.infrastructure;

import org.haven.training.domain.Answer;
import org.haven.training.domain.Lesson;
import org.haven.training.domain.Localized;
import org.haven.training.domain.ModuleProblem;
import org.haven.training.domain.Question;
import org.haven.training.domain.TrainingModule;
import org.haven.training.domain.ValidityPeriod;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one module file (YAML) and the Markdown lessons it names, and checks everything a module needs (see
 * docs/training-modules.md). Either a module, or every problem found, each with its file and line.
 */
public final class ModuleParser {

    /** A module, or why it was refused. */
    public record Result(Optional<TrainingModule> module, List<ModuleProblem> problems, int idLine) {

        static Result refused(List<ModuleProblem> problems) {
            return new Result(Optional.empty(), List.copyOf(problems), 1);
        }
    }

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final int MAX_ANSWERS = 6;

    private ModuleParser() {
    }

    /** @param file the module file's path relative to the training folder, e.g. {@code first-conversation/module.yaml} */
    public static Result parse(String file, ModuleFiles files) {
        YamlNodes y = new YamlNodes(file);
        Optional<String> text = files.text(file);
        if (text.isEmpty()) {
            y.problem(1, "file not found");
            return Result.refused(y.problems());
        }
        Node root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(file).setMaxAliasesForCollections(10).build())
                    .composeString(text.get()).orElse(null);
        } catch (MarkedYamlEngineException e) {
            y.problem(e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(1),
                    "not valid YAML: " + e.getProblem());
            return Result.refused(y.problems());
        } catch (YamlEngineException e) {
            y.problem(1, "not valid YAML: " + e.getMessage());
            return Result.refused(y.problems());
        }
        if (root == null) {
            y.problem(1, "the file is empty");
            return Result.refused(y.problems());
        }
        TrainingModule module = new ModuleParser.Reader(y, files, SafePaths.folderOf(file)).module(root);
        return y.problems().isEmpty() ? new Result(Optional.of(module), List.of(), idLine(root))
                : Result.refused(y.problems());
    }

    private static int idLine(Node root) {
        return ((org.snakeyaml.engine.v2.nodes.MappingNode) root).getValue().stream()
                .filter(t -> t.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode k
                        && k.getValue().equals("id"))
                .findFirst().map(t -> YamlNodes.line(t.getKeyNode())).orElse(1);
    }

    /** One module file's reading: builds the module, or leaves problems behind. */
    private record Reader(YamlNodes y, ModuleFiles files, String folder) {

        TrainingModule module(Node root) {
            Map<String, Node> m = y.mapping(root, "module", List.of("id", "version", "title", "summary", "minutes",
                    "lessons", "quiz"), List.of("valid_for")).orElse(Map.of());
            String id = m.containsKey("id") ? id(m.get("id"), "module id").orElse(null) : null;
            Integer version = m.containsKey("version") ? y.integer(m.get("version"), "version", 1, 100_000)
                    .orElse(null) : null;
            Localized title = localized(m, "title");
            Localized summary = localized(m, "summary");
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
            List<Question> quiz = m.containsKey("quiz") ? quiz(m.get("quiz"), passMark) : List.of();
            if (!y.problems().isEmpty()) {
                return null;
            }
            return new TrainingModule(id, version, title, summary, minutes, validFor, passMark[0], lessons, quiz,
                    images);
        }

        private Localized localized(Map<String, Node> m, String key) {
            return m.containsKey(key) ? y.localized(m.get(key), key).orElse(null) : null;
        }

        private Optional<String> id(Node node, String what) {
            return y.text(node, what).filter(v -> {
                boolean ok = ID.matcher(v).matches();
                if (!ok) {
                    y.problem(node, what + " '" + v + "' must be lower-case letters, digits and dashes (at most 64)");
                }
                return ok;
            });
        }

        private List<Lesson> lessons(Node node, String moduleId, Set<String> images) {
            List<Lesson> lessons = new ArrayList<>();
            List<Node> items = y.list(node, "lessons").orElse(List.of());
            if (items.isEmpty() && node instanceof org.snakeyaml.engine.v2.nodes.SequenceNode) {
                y.problem(node, "a module needs at least one lesson");
            }
            Set<String> ids = new HashSet<>();
            Set<String> questionIds = new HashSet<>();
            for (Node item : items) {
                Map<String, Node> l = y.mapping(item, "lesson", List.of("id", "title", "text"), List.of("scenarios"))
                        .orElse(Map.of());
                Optional<String> id = l.containsKey("id") ? id(l.get("id"), "lesson id") : Optional.empty();
                id.ifPresent(v -> {
                    if (!ids.add(v)) {
                        y.problem(l.get("id"), "lesson id '" + v + "' is used twice in this module");
                    }
                });
                Localized title = localized(l, "title");
                Localized html = l.containsKey("text") ? lessonText(l.get("text"), moduleId, images) : null;
                List<Question> scenarios = new ArrayList<>();
                if (l.containsKey("scenarios")) {
                    for (Node q : y.list(l.get("scenarios"), "scenarios").orElse(List.of())) {
                        question(q, "scenario", questionIds).ifPresent(scenarios::add);
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

        private List<Question> quiz(Node node, int[] passMark) {
            Map<String, Node> m = y.mapping(node, "quiz", List.of("pass_mark", "questions"), List.of())
                    .orElse(Map.of());
            if (m.containsKey("pass_mark")) {
                passMark[0] = y.integer(m.get("pass_mark"), "pass_mark (percent)", 1, 100).orElse(0);
            }
            List<Question> questions = new ArrayList<>();
            if (!m.containsKey("questions")) {
                return questions;
            }
            Node qs = m.get("questions");
            List<Node> items = y.list(qs, "questions").orElse(null);
            if (items == null) {
                return questions;
            }
            if (items.size() < 2) {
                y.problem(qs, "a quiz needs at least 2 questions");
            }
            Set<String> ids = new HashSet<>();
            for (Node q : items) {
                question(q, "question", ids).ifPresent(questions::add);
            }
            return questions;
        }

        private Optional<Question> question(Node node, String what, Set<String> ids) {
            Map<String, Node> m = y.mapping(node, what, List.of("id", "prompt", "answers"), List.of("situation"))
                    .orElse(Map.of());
            Optional<String> id = m.containsKey("id") ? id(m.get("id"), what + " id") : Optional.empty();
            id.ifPresent(v -> {
                if (!ids.add(v)) {
                    y.problem(m.get("id"), what + " id '" + v + "' is used twice in this module");
                }
            });
            Localized situation = localized(m, "situation");
            Localized prompt = localized(m, "prompt");
            List<Answer> answers = m.containsKey("answers") ? answers(m.get("answers"), what) : List.of();
            if (id.isEmpty() || prompt == null || answers.isEmpty() || (m.containsKey("situation") && situation == null)) {
                return Optional.empty();
            }
            return Optional.of(new Question(id.get(), situation, prompt, answers));
        }

        private List<Answer> answers(Node node, String what) {
            List<Node> items = y.list(node, "answers").orElse(null);
            if (items == null) {
                return List.of();
            }
            if (items.size() < 2 || items.size() > MAX_ANSWERS) {
                y.problem(node, what + " needs 2 to " + MAX_ANSWERS + " answers, not " + items.size());
                return List.of();
            }
            List<Answer> answers = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            boolean complete = true;
            for (Node item : items) {
                Map<String, Node> a = y.mapping(item, "answer", List.of("id", "text", "explanation"),
                        List.of("correct")).orElse(Map.of());
                Optional<String> id = a.containsKey("id") ? id(a.get("id"), "answer id") : Optional.empty();
                id.ifPresent(v -> {
                    if (!ids.add(v)) {
                        y.problem(a.get("id"), "answer id '" + v + "' is used twice in this " + what);
                    }
                });
                Localized text = localized(a, "text");
                Localized explanation = localized(a, "explanation");
                boolean correct = a.containsKey("correct") && y.bool(a.get("correct"), "correct").orElse(false);
                if (id.isEmpty() || text == null || explanation == null) {
                    complete = false;
                } else {
                    answers.add(new Answer(id.get(), text, correct, explanation));
                }
            }
            long right = answers.stream().filter(Answer::correct).count();
            if (complete && right != 1) {
                y.problem(node, what + " needs exactly one answer marked 'correct: true', not " + right);
                return List.of();
            }
            return complete ? answers : List.of();
        }
    }
}
