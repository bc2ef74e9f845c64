package org.haven.training.application;

import org.haven.training.application.TrainingViews.ComplianceFigures;
import org.haven.training.application.TrainingViews.ComplianceRow;
import org.haven.training.domain.ComplianceStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The compliance rows counted by status, per module or per school and module. */
final class ComplianceCounts {

    private ComplianceCounts() {
    }

    static List<ComplianceFigures> figures(List<ComplianceRow> rows, boolean perSchool) {
        Map<String, List<ComplianceRow>> groups = rows.stream().collect(Collectors.groupingBy(
                r -> perSchool ? r.schoolId() + "/" + r.moduleId() : r.moduleId(), LinkedHashMap::new,
                Collectors.toList()));
        List<ComplianceFigures> figures = new ArrayList<>();
        groups.values().forEach(g -> {
            ComplianceRow first = g.getFirst();
            figures.add(new ComplianceFigures(perSchool ? first.schoolId() : null,
                    perSchool ? first.schoolName() : null, first.moduleId(), first.moduleTitle(),
                    count(g, ComplianceStatus.TRAINED), count(g, ComplianceStatus.LATE),
                    count(g, ComplianceStatus.IN_PROGRESS), count(g, ComplianceStatus.NOT_STARTED)));
        });
        return figures;
    }

    private static int count(List<ComplianceRow> rows, ComplianceStatus status) {
        return (int) rows.stream().filter(r -> r.status() == status).count();
    }
}
