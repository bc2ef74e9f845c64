package org.haven.training.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A training module as a district wrote it under protocols/training/: lessons, a quiz with its pass mark (in
 * percent), how long its certificate stays valid (none: it never expires), and the images its lessons show.
 */
public record TrainingModule(String id, int version, Localized title, Localized summary, int minutes,
                             Period validFor, int passMark, List<Lesson> lessons, List<Question> quiz,
                             Set<String> images) {

    public TrainingModule {
        lessons = List.copyOf(lessons);
        quiz = List.copyOf(quiz);
        images = Set.copyOf(images);
    }

    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }

    public Optional<Question> question(String questionId) {
        return quiz.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** When a certificate issued at this instant expires, or null when the module's certificates never do. */
    public Instant expiryOf(Instant issuedAt) {
        if (validFor == null) {
            return null;
        }
        return issuedAt.atOffset(ZoneOffset.UTC).plus(validFor).toInstant();
    }
}
