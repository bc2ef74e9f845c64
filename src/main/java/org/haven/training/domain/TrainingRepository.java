package org.haven.training.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of assignments, role requirements, progress, attempts and certificates. */
public interface TrainingRepository {

    Assignment add(Assignment assignment);

    Optional<Assignment> assignment(long id);

    void remove(Assignment assignment);

    List<Assignment> assignments();

    RoleRequirement add(RoleRequirement requirement);

    Optional<RoleRequirement> requirement(long id);

    void remove(RoleRequirement requirement);

    List<RoleRequirement> requirements();

    /** Records the lesson as completed; false when it already was. */
    boolean complete(LessonProgress progress, long accountId, String moduleId, String lessonId);

    List<LessonProgress> progress(long accountId, String moduleId);

    QuizAttempt add(QuizAttempt attempt);

    /** The attempt, locked for update, if it is this account's. */
    Optional<QuizAttempt> attemptForUpdate(long id, long accountId);

    /** The account's latest submitted attempts at a module, newest first. */
    List<QuizAttempt> submittedAttempts(long accountId, String moduleId, int limit);

    Certificate add(Certificate certificate);

    Optional<Certificate> certificateByCode(String code);

    Optional<Certificate> certificate(long id, long accountId);

    /** The account's certificates, newest first. */
    List<Certificate> certificates(long accountId);

    /** Per account and module: latest lesson or attempt, latest certificate and whether one is valid now. */
    List<ActivitySummary> activity(Instant now);

    /** The same, for one account. */
    List<ActivitySummary> activityOf(long accountId, Instant now);
}
