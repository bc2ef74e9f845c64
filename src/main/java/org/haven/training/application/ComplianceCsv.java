package org.haven.training.application;

import org.haven.platform.i18n.Messages;
import org.haven.platform.security.Role;
import org.haven.training.application.TrainingViews.ComplianceReport;
import org.haven.training.application.TrainingViews.ComplianceRow;
import org.haven.training.domain.Csv;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The compliance report as CSV: UTF-8 with a byte-order mark (for spreadsheets), one line per person and module. */
final class ComplianceCsv {

    private ComplianceCsv() {
    }

    static String of(ComplianceReport r, Locale locale) {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append(Csv.line(List.of("school_code", "school", "module_id", "module", "name", "roles", "due",
                "status")));
        for (ComplianceRow row : r.rows()) {
            b.append(Csv.line(List.of(row.schoolCode(), row.schoolName(), row.moduleId(), row.moduleTitle(),
                    row.name(), row.roles().stream().map(Role::securityName).sorted()
                            .collect(Collectors.joining(" ")),
                    row.due() == null ? "" : row.due().toString(),
                    Messages.text(locale, "training.status." + row.status().name()))));
        }
        return b.toString();
    }
}
