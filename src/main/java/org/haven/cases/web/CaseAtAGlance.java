package org.haven.cases.web;

import org.haven.cases.application.CaseViews;
import org.haven.cases.domain.StepStatus;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the case page's summary and its steps section show first (issue 23): the step to do next and when, the
 * decision an escalation awaits, and the steps grouped as "to do now", "later" and "done", so that a stressed
 * referent sees the current step without scrolling past the finished ones. Pure: computed from the case detail.
 */
final class CaseAtAGlance {

    private static final Comparator<CaseViews.Step> SOONEST_FIRST = Comparator.comparing(CaseViews.Step::dueAt,
            Comparator.nullsLast(Comparator.<Instant>naturalOrder()));

    private final CaseViews.Detail detail;

    CaseAtAGlance(CaseViews.Detail detail) {
        this.detail = detail;
    }

    /** The due step to do first (an overdue one before any other, then the soonest), or null when none is due. */
    CaseViews.Step nextStep() {
        return detail.steps().stream().filter(s -> s.status() == StepStatus.DUE)
                .min(Comparator.comparing((CaseViews.Step s) -> !s.overdue()).thenComparing(SOONEST_FIRST))
                .orElse(null);
    }

    /** The oldest escalation still waiting for its urgent decision, or null. */
    CaseViews.Escalation awaitedDecision() {
        return detail.escalations().stream().filter(CaseViews.Escalation::awaitsDecision)
                .min(Comparator.comparing(CaseViews.Escalation::firedAt)).orElse(null);
    }

    /** Due steps, overdue and soonest first. */
    List<CaseViews.Step> now() {
        return detail.steps().stream().filter(s -> s.status() == StepStatus.DUE)
                .sorted(Comparator.comparing((CaseViews.Step s) -> !s.overdue()).thenComparing(SOONEST_FIRST))
                .toList();
    }

    /** Steps waiting for others, in the protocol's order. */
    List<CaseViews.Step> later() {
        return steps(s -> s.status() == StepStatus.WAITING);
    }

    /** Done and skipped steps, in the protocol's order. */
    List<CaseViews.Step> done() {
        return steps(s -> s.status().isFinished());
    }

    private List<CaseViews.Step> steps(Predicate<CaseViews.Step> which) {
        return detail.steps().stream().filter(which).toList();
    }
}
