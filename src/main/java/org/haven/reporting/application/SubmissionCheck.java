package org.haven.reporting.application;

import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.evidence.application.EvidenceIntake;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal;
import org.haven.reporting.domain.ReportForm;
import org.haven.reporting.domain.ReportRules;
import org.haven.reporting.domain.ValidReport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every reason to refuse a report, named at once so that its author fixes them in one go: the form's rules, a
 * school unknown or closed, too many files.
 */
final class SubmissionCheck {

    /** A report that may be stored, and its school. */
    record Passed(ValidReport report, SchoolView school) {
    }

    private SubmissionCheck() {
    }

    static Passed check(ReportForm form, int files, SchoolAdministration schools, Clock clock) {
        ReportRules.Checked checked = ReportRules.check(form, clock);
        List<Refusal.FieldError> errors = new ArrayList<>(checked.errors());
        Optional<SchoolView> school = Optional.empty();
        if (checked.valid()) {
            school = schools.byCode(checked.report().schoolCode()).filter(SchoolView::active);
            if (school.isEmpty()) {
                errors.add(new Refusal.FieldError("schoolCode", "report.school.unknown"));
            }
        }
        if (files > EvidenceIntake.MAX_FILES) {
            errors.add(new Refusal.FieldError("files", "evidence.tooMany", EvidenceIntake.MAX_FILES));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new Passed(checked.report(), school.get());
    }
}
