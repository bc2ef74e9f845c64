package org.haven.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.platform.errors.Conflict;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.security.HavenPrincipal;
import org.haven.training.application.TrainingViews.AttemptItem;
import org.haven.training.application.TrainingViews.ExplainedAnswer;
import org.haven.training.application.TrainingViews.LessonItem;
import org.haven.training.application.TrainingViews.LessonPage;
import org.haven.training.application.TrainingViews.ModuleCard;
import org.haven.training.application.TrainingViews.ModulePage;
import org.haven.training.application.TrainingViews.QuestionView;
import org.haven.training.application.TrainingViews.QuizPage;
import org.haven.training.application.TrainingViews.QuizResult;
import org.haven.training.domain.Certificate;
import org.haven.training.domain.Lesson;
import org.haven.training.domain.LessonProgress;
import org.haven.training.domain.Question;
import org.haven.training.domain.QuizAttempt;
import org.haven.training.domain.QuizScore;
import org.haven.training.domain.TrainingModule;
import org.haven.training.domain.TrainingRepository;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member of staff's own training: their modules (assigned, required by their role, or optional), lessons with
 * progress saved one by one, quiz attempts shuffled anew each time, and the certificate a pass issues.
 */
@ApplicationScoped
public class MyTraining {

    private static final SecureRandom SEEDS = new SecureRandom();
    private static final int ATTEMPTS_SHOWN = 5;

    @Inject
    TrainingCatalog catalog;

    @Inject
    TrainingRepository repository;

    @Inject
    TrainingStanding standing;

    @Inject
    Certificates certificates;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModuleCard> modules(Locale locale) {
        HavenPrincipal me = actor.require();
        return catalog.modules().stream().map(m -> standing.card(me.accountId(), m, locale)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ModulePage module(String moduleId, Locale locale) {
        long me = actor.require().accountId();
        TrainingModule m = existing(moduleId);
        Set<String> done = done(me, m.id());
        List<LessonItem> lessons = m.lessons().stream()
                .map(l -> new LessonItem(l.id(), l.title().in(locale), done.contains(l.id()))).toList();
        List<AttemptItem> attempts = repository.submittedAttempts(me, m.id(), ATTEMPTS_SHOWN).stream()
                .map(a -> new AttemptItem(a.submittedAt(), a.percent(), a.passed())).toList();
        return new ModulePage(standing.card(me, m, locale), lessons, m.passMark(), m.quiz().size(), attempts);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LessonPage lesson(String moduleId, String lessonId, Locale locale) {
        long me = actor.require().accountId();
        TrainingModule m = existing(moduleId);
        Lesson lesson = m.lesson(lessonId).orElseThrow(() -> notFound("lesson"));
        int index = m.lessons().indexOf(lesson);
        List<QuestionView> scenarios = lesson.scenarios().stream()
                .map(q -> TrainingPages.question(q, q.answers(), locale)).toList();
        return new LessonPage(m.id(), m.title().in(locale), lesson.id(), lesson.title().in(locale),
                lesson.html().in(locale), scenarios, index + 1, m.lessons().size(),
                done(me, m.id()).contains(lesson.id()),
                index == 0 ? null : m.lessons().get(index - 1).id(),
                index + 1 < m.lessons().size() ? m.lessons().get(index + 1).id() : null);
    }

    /** The explanations of a scenario once answered (practice: nothing is recorded). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExplainedAnswer> explain(String moduleId, String lessonId, String scenarioId, String chosen,
                                         Locale locale) {
        Question q = existing(moduleId).lesson(lessonId).orElseThrow(() -> notFound("lesson")).scenarios().stream()
                .filter(s -> s.id().equals(scenarioId)).findFirst().orElseThrow(() -> notFound("scenario"));
        return TrainingPages.explained(q, q.answers(), chosen, locale);
    }

    /** Saves the lesson as read (once). */
    @Transactional
    public void completeLesson(String moduleId, String lessonId) {
        long me = actor.require().accountId();
        TrainingModule m = existing(moduleId);
        m.lesson(lessonId).orElseThrow(() -> notFound("lesson"));
        repository.complete(new LessonProgress(me, m.id(), lessonId, clock.instant()), me, m.id(), lessonId);
    }

    /** A new attempt, in a new order; every lesson must have been read first. */
    @Transactional
    public QuizPage startQuiz(String moduleId, Locale locale) {
        long me = actor.require().accountId();
        TrainingModule m = existing(moduleId);
        if (!done(me, m.id()).containsAll(m.lessons().stream().map(Lesson::id).toList())) {
            throw Invalid.of("quiz", "training.quiz.lessonsFirst");
        }
        QuizAttempt attempt = repository.add(new QuizAttempt(me, m.id(), m.version(), SEEDS.nextLong(),
                clock.instant()));
        return TrainingPages.quizPage(attempt, m, locale);
    }

    /** Scores the attempt once; a pass issues the certificate. Every answer comes back with its explanation. */
    @Transactional
    public QuizResult submit(long attemptId, Map<String, String> answers, Locale locale) {
        HavenPrincipal me = actor.require();
        QuizAttempt attempt = repository.attemptForUpdate(attemptId, me.accountId())
                .orElseThrow(() -> notFound("attempt"));
        if (attempt.submitted()) {
            throw new Conflict(List.of(
                    new Refusal.FieldError("quiz", "training.quiz.alreadySubmitted")));
        }
        TrainingModule m = existing(attempt.moduleId());
        QuizScore score = QuizScore.of(m.quiz(), answers, m.passMark());
        attempt.submit(score, clock.instant());
        audit.record(actor.get().did("TRAINING_QUIZ_SUBMITTED", "training_attempt", attempt.id(), null,
                m.id() + " " + score.percent() + "% " + (score.passed() ? "passed" : "failed")));
        Long certificateId = null;
        if (score.passed()) {
            Certificate c = certificates.issue(m, me.accountId(), me.displayName(), attempt.id());
            certificateId = c.id();
            audit.record(actor.get().did("TRAINING_COMPLETED", "training_module", m.id(), null,
                    "version " + m.version()));
        }
        return new QuizResult(m.id(), score.right(), score.total(), score.percent(), m.passMark(), score.passed(),
                certificateId, TrainingPages.results(m, attempt.seed(), answers, locale));
    }

    private Set<String> done(long accountId, String moduleId) {
        return repository.progress(accountId, moduleId).stream().map(LessonProgress::lessonId)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private TrainingModule existing(String moduleId) {
        return catalog.module(moduleId == null ? "" : moduleId).orElseThrow(() -> notFound("module"));
    }

    static Refusal notFound(String field) {
        return new NotFound(List.of(new Refusal.FieldError(field,
                "training.notFound")));
    }
}
