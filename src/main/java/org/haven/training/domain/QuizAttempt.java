package org.haven.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One sitting of a module's quiz: its seed fixes the order shown; submitting it once records the score. */
@Entity
@Table(name = "training_attempt")
public class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "module_id", nullable = false)
    private String moduleId;

    @Column(name = "module_version", nullable = false)
    private int moduleVersion;

    @Column(nullable = false)
    private long seed;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "score_right")
    private Integer right;

    @Column(name = "score_total")
    private Integer total;

    @Column(name = "score_percent")
    private Integer percent;

    private Boolean passed;

    protected QuizAttempt() {
    }

    public QuizAttempt(long accountId, String moduleId, int moduleVersion, long seed, Instant startedAt) {
        this.accountId = accountId;
        this.moduleId = Objects.requireNonNull(moduleId);
        this.moduleVersion = moduleVersion;
        this.seed = seed;
        this.startedAt = Objects.requireNonNull(startedAt);
    }

    /** Records the score; an attempt is submitted once. */
    public void submit(QuizScore score, Instant at) {
        if (submittedAt != null) {
            throw new IllegalStateException("Attempt " + id + " was already submitted");
        }
        this.submittedAt = Objects.requireNonNull(at);
        this.right = score.right();
        this.total = score.total();
        this.percent = score.percent();
        this.passed = score.passed();
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String moduleId() {
        return moduleId;
    }

    public int moduleVersion() {
        return moduleVersion;
    }

    public long seed() {
        return seed;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Integer percent() {
        return percent;
    }

    public boolean passed() {
        return Boolean.TRUE.equals(passed);
    }
}
