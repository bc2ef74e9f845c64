package org.haven.training.application;

import org.haven.platform.security.Role;
import org.haven.training.domain.ComplianceStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the training pages and the API show, in the reader's language. */
public final class TrainingViews {

    private TrainingViews() {
    }

    /** Where a person stands with one module, as their own list shows it. */
    public enum MyState { NOT_STARTED, IN_PROGRESS, LATE, TRAINED, EXPIRING, EXPIRED }

    /** A module in a staff member's list. */
    public record ModuleCard(String id, String title, String summary, int minutes, int lessonsDone,
                             int lessonsTotal, boolean assigned, boolean required, LocalDate due, MyState state,
                             Instant validUntil, Long certificateId) implements Serializable {

        public boolean quizOpen() {
            return lessonsDone == lessonsTotal;
        }
    }

    /** A lesson of the module page: whether it was read. */
    public record LessonItem(String id, String title, boolean done) implements Serializable {
    }

    public record ModulePage(ModuleCard card, List<LessonItem> lessons, int passMark, int questions,
                             List<AttemptItem> attempts) implements Serializable {
    }

    public record AttemptItem(Instant at, int percent, boolean passed) implements Serializable {
    }

    public record AnswerChoice(String id, String text) implements Serializable {
    }

    /** A question as shown, in the order of the attempt or of the file (scenarios). */
    public record QuestionView(String id, String situation, String prompt, List<AnswerChoice> answers) implements Serializable {
    }

    public record LessonPage(String moduleId, String moduleTitle, String lessonId, String title, String html,
                             List<QuestionView> scenarios, int number, int count, boolean done, String previousId,
                             String nextId) implements Serializable {
    }

    public record QuizPage(long attemptId, String moduleId, String moduleTitle, int passMark,
                           List<QuestionView> questions) implements Serializable {
    }

    /** An answer after submitting: whether it is the right one, whether it was chosen, and why. */
    public record ExplainedAnswer(String id, String text, boolean correct, boolean chosen, String explanation) implements Serializable {
    }

    public record ResultItem(String questionId, String prompt, boolean right, List<ExplainedAnswer> answers) implements Serializable {
    }

    public record QuizResult(String moduleId, int right, int total, int percent, int passMark, boolean passed,
                             Long certificateId, List<ResultItem> items) implements Serializable {
    }

    public record CertificateItem(long id, String code, String moduleId, String title, Instant issuedAt,
                                  Instant expiresAt, boolean valid) implements Serializable {
    }

    /** What the public verification page may show, and nothing more. */
    public enum VerificationStatus { VALID, EXPIRED, UNKNOWN }

    public record Verification(VerificationStatus status, String holder, String title, Instant issuedAt) implements Serializable {

        public static final Verification UNKNOWN = new Verification(VerificationStatus.UNKNOWN, null, null, null);
    }

    /** A loaded module, for pickers and the API. */
    public record ModuleSummary(String id, int version, String title, String summary, int minutes, int lessons,
                                int questions, int passMark, String validFor) implements Serializable {
    }

    public record AssignmentItem(long id, String moduleId, String moduleTitle, Role role, Long schoolId,
                                 String schoolName, LocalDate due) implements Serializable {
    }

    public record RequirementItem(long id, Role role, String moduleId, String moduleTitle) implements Serializable {
    }

    /** One person and one module assigned to them in one school. */
    public record ComplianceRow(long schoolId, String schoolCode, String schoolName, String moduleId,
                                String moduleTitle, long accountId, String name, Set<Role> roles, LocalDate due,
                                ComplianceStatus status) implements Serializable {
    }

    /** The counts of one school and module (or of one module over all the schools shown: schoolId null). */
    public record ComplianceFigures(Long schoolId, String schoolName, String moduleId, String moduleTitle,
                                    int trained, int late, int inProgress, int notStarted) implements Serializable {

        public int total() {
            return trained + late + inProgress + notStarted;
        }

        public int percent(ComplianceStatus status) {
            int n = switch (status) {
                case TRAINED -> trained;
                case LATE -> late;
                case IN_PROGRESS -> inProgress;
                case NOT_STARTED -> notStarted;
            };
            return total() == 0 ? 0 : Math.round(n * 100f / total());
        }
    }

    public record ComplianceReport(List<ComplianceFigures> bySchool, List<ComplianceFigures> byModule,
                                   List<ComplianceRow> rows, List<Gap> gaps) implements Serializable {
    }

    /** A person holding a role that requires a module they do not hold a valid certificate of. */
    public record Gap(long schoolId, String schoolName, long accountId, String name, Role role, String moduleId,
                      String moduleTitle) implements Serializable {
    }
}
