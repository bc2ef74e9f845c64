package org.haven.insight.web;

import org.haven.insight.application.InsightQuery;
import org.haven.insight.domain.Breakdown;
import org.haven.insight.domain.Figure;

import java.util.ArrayList;
import java.util.List;

/** The figures of the dashboard (and of its PDF summary), in the order shown, with the chart each one gets. */
final class DashboardLayout {

    private record Slot(Figure figure, Breakdown by, String chart) {
    }

    private static final List<Slot> SLOTS = List.of(
            new Slot(Figure.CASES, Breakdown.MONTH, "bar"),
            new Slot(Figure.CASES, Breakdown.CATEGORY, "hbar"),
            new Slot(Figure.CASES, Breakdown.SCHOOL, "hbar"),
            new Slot(Figure.REPORTS, Breakdown.MONTH, "bar"),
            new Slot(Figure.REPORTS, Breakdown.DELAY, "bar"),
            new Slot(Figure.CASES, Breakdown.DELAY, "bar"),
            new Slot(Figure.CASES, Breakdown.CHANNEL, "doughnut"),
            new Slot(Figure.REPORTS, Breakdown.URGENT, "doughnut"),
            new Slot(Figure.REPORTS, Breakdown.ANONYMOUS, "doughnut"),
            new Slot(Figure.REPORTS, Breakdown.WITNESS, "doughnut"),
            new Slot(Figure.REOPENED, Breakdown.MONTH, "bar"),
            new Slot(Figure.STEPS, Breakdown.TIMELINESS, "doughnut"),
            new Slot(Figure.ESCALATIONS, Breakdown.MONTH, "bar"),
            new Slot(Figure.REPORTS, Breakdown.CHANNEL, "doughnut"),
            new Slot(Figure.OVERDUE_STEPS, Breakdown.SCHOOL, "hbar"),
            new Slot(Figure.OVERDUE_STEPS, Breakdown.STEP, "hbar"),
            new Slot(Figure.REFERRALS, Breakdown.KIND, "hbar"),
            new Slot(Figure.REFERRALS, Breakdown.OUTCOME, "hbar"),
            new Slot(Figure.TAKEDOWNS, Breakdown.DELAY, "bar"),
            new Slot(Figure.TAKEDOWNS, Breakdown.OUTCOME, "hbar"),
            new Slot(Figure.TRAINING, Breakdown.STATUS, "doughnut"),
            new Slot(Figure.TRAINING, Breakdown.SCHOOL, "hbar"),
            new Slot(Figure.TRAINING, Breakdown.ROLE, "hbar"));

    private DashboardLayout() {
    }

    /**
     * The questions to ask for these filters: by school only when several schools are in view; training (which has
     * no category) only when no category is chosen.
     */
    static List<InsightQuery> queries(InsightQuery base, int readableSchools) {
        List<InsightQuery> asked = new ArrayList<>();
        for (Slot slot : SLOTS) {
            if (slot.figure() == Figure.TRAINING && base.category() != null) {
                continue;
            }
            if (slot.by() != Breakdown.SCHOOL || (base.schoolCode() == null && readableSchools > 1)) {
                asked.add(base.by(slot.figure(), slot.by()));
            }
        }
        return asked;
    }

    static String chart(InsightQuery q) {
        return SLOTS.stream().filter(s -> s.figure() == q.figure() && s.by() == q.by()).map(Slot::chart)
                .findFirst().orElse("bar");
    }
}
