package org.haven.insight.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.SchoolView;
import org.haven.insight.domain.CounterScope;
import org.haven.insight.domain.RepeatAuthorCounts;
import org.haven.insight.domain.ShownTable;
import org.haven.insight.domain.Suppression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers figures from the aggregates, within the reader's scope ({@link InsightScope}) and always after
 * small-number suppression: no figure leaves this class unsuppressed. Each reading is audited, with what was asked
 * (never a count).
 */
@ApplicationScoped
public class InsightFigures {

    /** One figure as it may be shown. */
    public record Shown(InsightQuery query, ShownTable table) {
    }

    /**
     * The alleged authors found in two cases or more of the reader's scope in the period (issue 20), without names;
     * {@code count} null and {@code suppressed} true from 1 to threshold - 1.
     */
    public record RepeatAuthors(LocalDate from, LocalDate to, int threshold, Long count, boolean suppressed) {
    }

    @Inject
    RepeatAuthorCounts repeatAuthorCounts;

    @Inject
    InsightScope scopes;

    @Inject
    CounterCells counters;

    @Inject
    LiveCells live;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "haven.insight.threshold", defaultValue = "" + Suppression.DEFAULT_THRESHOLD)
    int threshold;

    /** The threshold below which a count is hidden. */
    public int threshold() {
        return threshold;
    }

    /** The schools the reader may see figures of, by id, in name order. */
    public Map<Long, SchoolView> readableSchools() {
        return scopes.readableSchools();
    }

    @Transactional
    public Shown figure(InsightQuery query) {
        return figures(query, List.of(query)).getFirst();
    }

    /**
     * Several figures on the same filters (a dashboard), audited once. {@code base} carries the filters; 404 when
     * its school is not one the reader may see (whether or not it exists), 400 when a district lead names a school
     * that does not exist.
     */
    @Transactional
    public List<Shown> figures(InsightQuery base, List<InsightQuery> queries) {
        Map<Long, SchoolView> scope = scopes.of(base);
        CounterScope wide = scopes.counters(base, scope);
        Suppression suppression = new Suppression(threshold);
        List<Shown> shown = new ArrayList<>();
        for (InsightQuery q : queries) {
            shown.add(new Shown(q, suppression.apply(q.figure().live() ? live.cells(q, scope)
                    : counters.cells(q, scope, InsightScope.counters(q, scope, wide)))));
        }
        audit.record(actor.get().did("INSIGHT_VIEWED", "insight", base.figure().param(), only(scope),
                describe(base, queries)));
        return shown;
    }

    /** Repeat authors in the query's scope and period, suppressed like every count; audited. */
    @Transactional
    public RepeatAuthors repeatAuthors(InsightQuery query) {
        Map<Long, SchoolView> scope = scopes.of(query);
        long n = repeatAuthorCounts.repeatAuthors(scope.keySet(), query.period().from(), query.period().to());
        boolean hidden = n > 0 && n < threshold;
        audit.record(actor.get().did("INSIGHT_VIEWED", "insight", "repeat-authors", only(scope),
                query.period().from() + ".." + query.period().to()
                        + (query.schoolCode() == null ? "" : " school " + query.schoolCode())
                        + (query.level() == null ? "" : " level " + query.level())));
        return new RepeatAuthors(query.period().from(), query.period().to(), threshold, hidden ? null : n, hidden);
    }

    /** The school audited with a reading: the only one in scope, else none. */
    private static Long only(Map<Long, SchoolView> scope) {
        return scope.size() == 1 ? scope.values().iterator().next().id() : null;
    }

    private static String describe(InsightQuery base, List<InsightQuery> queries) {
        StringBuilder d = new StringBuilder(base.period().from() + ".." + base.period().to());
        if (base.schoolCode() != null) {
            d.append(" school=").append(base.schoolCode());
        }
        if (base.level() != null) {
            d.append(" level=").append(base.level());
        }
        if (base.category() != null) {
            d.append(" category=").append(base.category());
        }
        queries.forEach(q -> d.append(' ').append(q.figure().param()).append('/').append(q.by().param()));
        return d.length() > 480 ? d.substring(0, 480) : d.toString();
    }
}
