package org.haven.insight.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.audit.application.AuditLog;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.security.Role;
import org.haven.insight.domain.Breakdown;
import org.haven.insight.domain.Cell;
import org.haven.insight.domain.CountStore;
import org.haven.insight.domain.CubeCount;
import org.haven.insight.domain.DelayBucket;
import org.haven.insight.domain.Measure;
import org.haven.insight.domain.ShownTable;
import org.haven.insight.domain.Suppression;
import org.haven.audit.application.CurrentActor;
import org.haven.platform.security.HavenPrincipal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers figures from the aggregates, within the reader's scope (the district for a district lead, their schools
 * for a head of school or referent) and always after small-number suppression: no figure leaves this class
 * unsuppressed. Each reading is audited, with what was asked (never a count).
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
    public record RepeatAuthors(java.time.LocalDate from, java.time.LocalDate to, int threshold, Long count,
                                boolean suppressed) {
    }

    @Inject
    org.haven.insight.domain.RepeatAuthorCounts repeatAuthorCounts;

    @Inject
    CountStore store;

    @Inject
    jakarta.enterprise.inject.Instance<org.haven.insight.domain.LiveCounts> live;

    @Inject
    java.time.Clock clock;

    @Inject
    SchoolAdministration schools;

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
        Map<Long, SchoolView> scope = schoolsInScope(base);
        Suppression suppression = new Suppression(threshold);
        List<Shown> shown = new ArrayList<>();
        for (InsightQuery q : queries) {
            shown.add(new Shown(q, suppression.apply(cells(q, scope))));
        }
        SchoolView only = scope.size() == 1 ? scope.values().iterator().next() : null;
        audit.record(actor.get().did("INSIGHT_VIEWED", "insight", base.figure().param(),
                only == null ? null : only.id(), describe(base, queries)));
        return shown;
    }

    /** Repeat authors in the query's scope and period, suppressed like every count; audited. */
    @Transactional
    public RepeatAuthors repeatAuthors(InsightQuery query) {
        Map<Long, SchoolView> scope = schoolsInScope(query);
        long n = repeatAuthorCounts.repeatAuthors(scope.keySet(), query.period().from(), query.period().to());
        boolean hidden = n > 0 && n < threshold;
        SchoolView only = scope.size() == 1 ? scope.values().iterator().next() : null;
        audit.record(actor.get().did("INSIGHT_VIEWED", "insight", "repeat-authors", only == null ? null : only.id(),
                query.period().from() + ".." + query.period().to()
                        + (query.schoolCode() == null ? "" : " school " + query.schoolCode())
                        + (query.level() == null ? "" : " level " + query.level())));
        return new RepeatAuthors(query.period().from(), query.period().to(), threshold, hidden ? null : n, hidden);
    }

    /** The schools the reader may see figures of, by id, in name order. */
    public Map<Long, SchoolView> readableSchools() {
        HavenPrincipal me = actor.require();
        boolean district = me.hasRole(Role.Names.DISTRICT_LEAD);
        var mine = me.schoolsWhere(Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL);
        Map<Long, SchoolView> readable = new LinkedHashMap<>();
        schools.activeSchools().stream().filter(s -> district || mine.contains(s.id()))
                .sorted(java.util.Comparator.comparing(SchoolView::name)).forEach(s -> readable.put(s.id(), s));
        return readable;
    }

    /** The reader's schools narrowed by the query's school and level. */
    private Map<Long, SchoolView> schoolsInScope(InsightQuery q) {
        Map<Long, SchoolView> readable = readableSchools();
        Map<Long, SchoolView> scope = new LinkedHashMap<>();
        if (q.schoolCode() != null) {
            SchoolView s = readable.values().stream().filter(v -> v.code().equalsIgnoreCase(q.schoolCode()))
                    .findFirst().orElse(null);
            if (s == null) {
                boolean district = actor.require().hasRole(Role.Names.DISTRICT_LEAD);
                throw district ? Invalid.of("school", "insight.school.unknown")
                        : new NotFound(List.of(
                                new Refusal.FieldError("school", "insight.school.notFound")));
            }
            scope.put(s.id(), s);
        } else {
            scope.putAll(readable);
        }
        if (q.level() != null) {
            scope.values().removeIf(s -> s.level() != q.level());
        }
        return scope;
    }

    /** Every row the breakdown has, zeros included, in a fixed order. */
    private List<Cell> cells(InsightQuery q, Map<Long, SchoolView> scope) {
        if (q.figure().live()) {
            return liveCells(q, scope);
        }
        Measure measure = q.figure().measure(q.by());
        List<String> categories = q.category() != null ? List.of(q.category())
                : q.by() == Breakdown.CATEGORY ? InsightQuery.CATEGORIES : List.of();
        List<CubeCount> sums = store.sum(measure, q.by(), q.period(), wholeDistrict(q) ? List.of(CountStore.DISTRICT)
                : scope.keySet(), categories);
        Map<String, Long> byKey = new HashMap<>();
        for (CubeCount c : sums) {
            byKey.merge(key(q.by(), c.key(), scope), c.count(), Long::sum);
        }
        List<Cell> cells = new ArrayList<>();
        for (String key : keys(q, scope)) {
            cells.add(new Cell(key, byKey.getOrDefault(key, 0L)));
        }
        return cells;
    }

    /** A figure counted by its feature now: its own keys (or the ones counted, in order), zeros included. */
    private List<Cell> liveCells(InsightQuery q, Map<Long, SchoolView> scope) {
        org.haven.insight.domain.LiveCounts source = live.stream().filter(l -> l.figure() == q.figure()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No source counts " + q.figure()));
        Map<String, Long> byKey = new LinkedHashMap<>();
        if (!scope.isEmpty()) {
            for (CubeCount c : source.count(q.by(), q.period(), scope.keySet(), q.category(), clock.instant())) {
                byKey.merge(liveKey(q.by(), c.key(), scope), c.count(), Long::sum);
            }
        }
        List<String> keys = switch (q.by()) {
            case SCHOOL, MONTH, CATEGORY -> keys(q, scope);
            default -> source.keys(q.by());
        };
        if (keys.isEmpty()) {
            keys = byKey.keySet().stream().sorted().toList();
        }
        if (q.figure() == org.haven.insight.domain.Figure.TRAINING && q.by() != Breakdown.STATUS) {
            keys = compound(q.by() == Breakdown.SCHOOL ? keys(q, scope)
                    : byKey.keySet().stream().map(k -> k.substring(0, k.indexOf('/'))).distinct().sorted().toList(),
                    source.keys(Breakdown.STATUS));
        }
        List<Cell> cells = new ArrayList<>();
        for (String key : keys) {
            cells.add(new Cell(key, byKey.getOrDefault(key, 0L)));
        }
        return cells;
    }

    /** A live count's key as shown: a school's id becomes its code, also before the '/' of a compound key. */
    private static String liveKey(Breakdown by, String stored, Map<Long, SchoolView> scope) {
        if (by != Breakdown.SCHOOL) {
            return stored;
        }
        int slash = stored.indexOf('/');
        String id = slash < 0 ? stored : stored.substring(0, slash);
        SchoolView s = scope.get(Long.valueOf(id));
        String code = s == null ? id : s.code();
        return slash < 0 ? code : code + stored.substring(slash);
    }

    /** Every pair "first/second": training by school or role, each row of it by standing. */
    private static List<String> compound(List<String> firsts, List<String> seconds) {
        List<String> keys = new ArrayList<>();
        for (String f : firsts) {
            for (String s : seconds) {
                keys.add(f + "/" + s);
            }
        }
        return keys;
    }

    /**
     * Whether the district's own counters answer: a district lead, no school or level filter, not by school. They
     * hold the schools closed since too, which a district's figures should count.
     */
    private boolean wholeDistrict(InsightQuery q) {
        return q.schoolCode() == null && q.level() == null && q.by() != Breakdown.SCHOOL
                && actor.require().hasRole(Role.Names.DISTRICT_LEAD);
    }

    /** The key a stored group counts under: a school's code, a flag's YES/NO, else the stored key. */
    private static String key(Breakdown by, String stored, Map<Long, SchoolView> scope) {
        return switch (by) {
            case SCHOOL -> {
                SchoolView s = scope.get(Long.valueOf(stored));
                yield s == null ? stored : s.code();
            }
            case URGENT -> flag(stored, 1);
            case ANONYMOUS -> flag(stored, 3);
            case WITNESS -> flag(stored, 5);
            default -> stored;
        };
    }

    private static String flag(String dimension, int at) {
        return dimension.length() > at && dimension.charAt(at) == '1' ? "YES" : "NO";
    }

    private static List<String> keys(InsightQuery q, Map<Long, SchoolView> scope) {
        return switch (q.by()) {
            case CATEGORY -> q.category() == null ? InsightQuery.CATEGORIES : List.of(q.category());
            case SCHOOL -> scope.values().stream().map(SchoolView::code).toList();
            case MONTH -> q.period().months().stream().map(m -> m.toString().substring(0, 7)).toList();
            case DELAY -> Arrays.stream(DelayBucket.values()).map(Enum::name).toList();
            case URGENT, ANONYMOUS, WITNESS -> List.of("YES", "NO");
            case TIMELINESS -> List.of(Measure.ON_TIME, Measure.LATE);
            case CHANNEL -> q.figure() == org.haven.insight.domain.Figure.REPORTS
                    ? List.of(InsightCounts.FORM, InsightCounts.FROM_SURVEY)
                    : List.of(InsightCounts.FROM_REPORT, InsightCounts.FROM_SURVEY, InsightCounts.FROM_STAFF);
            case STEP, KIND, OUTCOME, ROLE, STATUS -> List.of();
        };
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
