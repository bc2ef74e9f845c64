package org.haven.training.infrastructure;

import org.haven.training.domain.Answer;
import org.haven.training.domain.Localized;
import org.haven.training.domain.Question;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a module's quiz and its lessons' scenarios: questions with 2 to 6 answers, exactly one of them right. */
record QuizReader(YamlNodes y) {

    List<Question> quiz(Node node, int[] passMark) {
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

    Optional<Question> question(Node node, String what, Set<String> ids) {
        Map<String, Node> m = y.mapping(node, what, List.of("id", "prompt", "answers"), List.of("situation"))
                .orElse(Map.of());
        Optional<String> id = m.containsKey("id") ? ModuleFields.id(y, m.get("id"), what + " id") : Optional.empty();
        id.ifPresent(v -> {
            if (!ids.add(v)) {
                y.problem(m.get("id"), what + " id '" + v + "' is used twice in this module");
            }
        });
        Localized situation = ModuleFields.localized(y, m, "situation");
        Localized prompt = ModuleFields.localized(y, m, "prompt");
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
        if (items.size() < 2 || items.size() > ModuleParser.MAX_ANSWERS) {
            y.problem(node, what + " needs 2 to " + ModuleParser.MAX_ANSWERS + " answers, not " + items.size());
            return List.of();
        }
        List<Answer> answers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean complete = true;
        for (Node item : items) {
            Map<String, Node> a = y.mapping(item, "answer", List.of("id", "text", "explanation"),
                    List.of("correct")).orElse(Map.of());
            Optional<String> id = a.containsKey("id") ? ModuleFields.id(y, a.get("id"), "answer id") : Optional.empty();
            id.ifPresent(v -> {
                if (!ids.add(v)) {
                    y.problem(a.get("id"), "answer id '" + v + "' is used twice in this " + what);
                }
            });
            Localized text = ModuleFields.localized(y, a, "text");
            Localized explanation = ModuleFields.localized(y, a, "explanation");
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
