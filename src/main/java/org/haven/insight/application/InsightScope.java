package org.haven.insight.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.insight.domain.Breakdown;
import org.haven.insight.domain.CountStore;
import org.haven.insight.domain.CounterScope;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.Role;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whose figures a reader may see (the district for a district lead, their schools for a head of school or
 * referent), narrowed by a query's school and level, and which counter rows answer for them: the district's or a
 * level's own rows when they hold exactly those schools, else each school's.
 */
@ApplicationScoped
public class InsightScope {

    @Inject
    SchoolAdministration schools;

    @Inject
    CurrentActor actor;

    @Inject
    CountStore store;

    /** The schools the reader may see figures of, by id, in name order. */
    public Map<Long, SchoolView> readableSchools() {
        HavenPrincipal me = actor.require();
        boolean district = me.hasRole(Role.Names.DISTRICT_LEAD);
        var mine = me.schoolsWhere(Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL);
        Map<Long, SchoolView> readable = new LinkedHashMap<>();
        schools.activeSchools().stream().filter(s -> district || mine.contains(s.id()))
                .sorted(Comparator.comparing(SchoolView::name)).forEach(s -> readable.put(s.id(), s));
        return readable;
    }

    /**
     * The reader's schools narrowed by the query's school and level; 404 when its school is not one the reader may
     * see (whether or not it exists), 400 when a district lead names a school that does not exist.
     */
    Map<Long, SchoolView> of(InsightQuery q) {
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

    /**
     * The counter rows of the figures on these filters other than by school: the district's own rows for a district
     * lead without school or level filter (they hold the schools closed since too, which a district's figures should
     * count); a level's rows when they hold exactly the schools in scope (V27); else each school's.
     */
    CounterScope counters(InsightQuery base, Map<Long, SchoolView> scope) {
        if (base.schoolCode() == null && base.level() == null && actor.require().hasRole(Role.Names.DISTRICT_LEAD)) {
            return CounterScope.district();
        }
        if (base.schoolCode() == null && base.level() != null && !scope.isEmpty()
                && CounterScope.levelHoldsExactly(base.level(), scope.keySet(), store.levelsCounted())) {
            return CounterScope.level(base.level(), scope.keySet());
        }
        return CounterScope.schools(scope.keySet());
    }

    /** The counter rows of one figure: each school's for a breakdown by school, else {@code wide}. */
    static CounterScope counters(InsightQuery q, Map<Long, SchoolView> scope, CounterScope wide) {
        return q.by() == Breakdown.SCHOOL ? CounterScope.schools(scope.keySet()) : wide;
    }
}
