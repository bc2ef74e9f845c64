package org.haven.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** A lesson a person has read to its end. */
@Entity
@Table(name = "training_progress")
public class LessonProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "module_id", nullable = false)
    private String moduleId;

    @Column(name = "lesson_id", nullable = false)
    private String lessonId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected LessonProgress() {
    }

    public LessonProgress(long accountId, String moduleId, String lessonId, Instant completedAt) {
        this.accountId = accountId;
        this.moduleId = Objects.requireNonNull(moduleId);
        this.lessonId = Objects.requireNonNull(lessonId);
        this.completedAt = Objects.requireNonNull(completedAt);
    }

    public String lessonId() {
        return lessonId;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
