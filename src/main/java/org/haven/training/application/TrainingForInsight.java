package org.haven.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.directory.application.SchoolAdministration;
import org.haven.insight.domain.Breakdown;
import org.haven.insight.domain.CubeCount;
import org.haven.insight.domain.Figure;
import org.haven.insight.domain.LiveCounts;
import org.haven.insight.domain.Period;
import org.haven.training.application.TrainingViews.ComplianceRow;
import org.haven.training.domain.ComplianceStatus;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Training's answer to insight's "training compliance by school and role": every training assigned to a member of
 * staff (one person and one module), by its standing today, through {@link TrainingCompliance}'s own reckoning (the
 * figures of the Training compliance page), read-only. By school the key is {@code schoolId/STATUS}, by role
 * {@code ROLE/STATUS} (a person with two roles counts under both). Insight suppresses the small counts.
 */
@ApplicationScoped
public class TrainingForInsight implements LiveCounts {

    @Inject
    TrainingCompliance compliance;

    @Inject
    SchoolAdministration schools;

    @Override
    public Figure figure() {
        return Figure.TRAINING;
    }

    @Override
    public List<String> keys(Breakdown by) {
        return by == Breakdown.STATUS ? Arrays.stream(ComplianceStatus.values()).map(Enum::name).toList() : List.of();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CubeCount> count(Breakdown by, Period period, Collection<Long> schoolIds, String category,
                                 Instant now) {
        List<ComplianceRow> rows = compliance.rowsOf(schools.activeSchools().stream()
                .filter(s -> schoolIds.contains(s.id())).toList());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ComplianceRow r : rows) {
            String status = r.status().name();
            switch (by) {
                case STATUS -> counts.merge(status, 1L, Long::sum);
                case SCHOOL -> counts.merge(r.schoolId() + "/" + status, 1L, Long::sum);
                case ROLE -> r.roles().forEach(role -> counts.merge(role.name() + "/" + status, 1L, Long::sum));
                default -> throw new IllegalArgumentException("Training is not broken down by " + by);
            }
        }
        return counts.entrySet().stream().map(e -> new CubeCount(e.getKey(), e.getValue())).toList();
    }
}
