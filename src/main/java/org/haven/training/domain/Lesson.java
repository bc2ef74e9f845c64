package org.haven.training.domain;

import java.util.List;

/** A lesson: a title, its text (safe HTML rendered from Markdown) and scenario questions to practise on. */
public record Lesson(String id, Localized title, Localized html, List<Question> scenarios) {

    public Lesson {
        scenarios = List.copyOf(scenarios);
    }
}
