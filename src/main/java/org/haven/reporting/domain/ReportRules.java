package org.haven.reporting.domain;

import org.haven.directory.domain.SchoolCode;
import org.haven.harm.domain.Category;
import org.haven.harm.domain.Risk;
import org.haven.platform.errors.Refusal.FieldError;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.haven.reporting.domain.ReportFields.date;
import static org.haven.reporting.domain.ReportFields.enumOf;
import static org.haven.reporting.domain.ReportFields.optionalEnum;
import static org.haven.reporting.domain.ReportFields.platforms;
import static org.haven.reporting.domain.ReportFields.text;

/**
 * Every rule a report must meet, checked at once so that the author sees all that is wrong. Text is kept as
 * typed (HTML included: it is always shown escaped) but control characters other than line breaks and tabs
 * are refused.
 */
public final class ReportRules {

    public static final int DESCRIPTION_MAX = 5000;
    public static final int INVOLVED_MAX = 1000;
    public static final int NAME_MAX = 100;
    public static final int CLASS_MAX = 40;
    public static final int LINKS_MAX = 10;
    public static final int URL_MAX = 2000;
    public static final int NOTE_MAX = 500;
    public static final int YEARS_BACK = 10;
    /** UTC+14 (Line Islands): where each date starts first. */
    static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    /** Either the errors, or the valid report. */
    public record Checked(List<FieldError> errors, ValidReport report) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private ReportRules() {
    }

    public static Checked check(ReportForm f, Clock clock) {
        List<FieldError> errors = new ArrayList<>();
        // The reporter's "today" may already be tomorrow in UTC (France is UTC+1/+2 and pupils report at night):
        // a date is in the future only when it is after today everywhere, i.e. in the earliest time zone.
        LocalDate today = LocalDate.now(clock.withZone(EARLIEST_ZONE));
        String school = f.schoolCode() == null ? "" : f.schoolCode().strip();
        if (school.isEmpty()) {
            errors.add(new FieldError("schoolCode", "report.school.required"));
        } else if (!SchoolCode.isValid(school)) {
            errors.add(new FieldError("schoolCode", "report.school.unknown"));
        }
        Category category = enumOf(Category.class, f.category(), "category", "report.category", errors);
        String description = text(f.description(), DESCRIPTION_MAX, true, "description", "report.description",
                errors);
        LocalDate occurredOn = date(f.occurredOn(), today, errors);
        Frequency frequency = optionalEnum(Frequency.class, f.frequency(), "frequency", "report.frequency", errors);
        Set<Platform> platforms = platforms(f.platforms(), errors);
        String involved = text(f.involved(), INVOLVED_MAX, false, "involved", "report.involved", errors);
        if (f.witness() == null) {
            errors.add(new FieldError("witness", "report.witness.required"));
        }
        if (f.anonymous() == null) {
            errors.add(new FieldError("anonymous", "report.anonymous.required"));
        }
        boolean anonymous = Boolean.TRUE.equals(f.anonymous());
        String name = text(f.reporterName(), NAME_MAX, false, "reporterName", "report.reporterName", errors);
        String className = text(f.reporterClass(), CLASS_MAX, false, "reporterClass", "report.reporterClass", errors);
        if (f.anonymous() != null && !anonymous && name == null) {
            errors.add(new FieldError("reporterName", "report.reporterName.required"));
        }
        if (anonymous && (name != null || className != null)) {
            errors.add(new FieldError(name != null ? "reporterName" : "reporterClass", "report.reporterName.anonymous"));
        }
        if (f.risk() == null) {
            errors.add(new FieldError("risk", "report.risk.required"));
        }
        List<ValidReport.Link> links = ReportLinks.check(f.links(), clock, errors);
        if (!errors.isEmpty()) {
            return new Checked(List.copyOf(errors), null);
        }
        ReportForm.RiskAnswers r = f.risk();
        Risk risk = new Risk(yes(r.immediateDanger()), yes(r.selfHarm()), yes(r.threats()), yes(r.locationShared()),
                yes(r.blackmail()), yes(r.intimateImages()));
        return new Checked(List.of(), new ValidReport(school.toUpperCase(Locale.ROOT), category, description,
                occurredOn, frequency, Boolean.TRUE.equals(f.atSchool()), platforms, involved, f.witness(),
                anonymous, name, className, risk, links));
    }

    /** Checks a message written to or by the reporter. */
    public static List<FieldError> checkMessage(String body) {
        List<FieldError> errors = new ArrayList<>();
        text(body, DESCRIPTION_MAX, true, "body", "report.message", errors);
        return errors;
    }

    private static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    static boolean isWebAddress(String url) {
        return ReportLinks.isWebAddress(url);
    }
}
