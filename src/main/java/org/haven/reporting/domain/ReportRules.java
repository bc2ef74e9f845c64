package org.haven.reporting.domain;

import org.haven.harm.domain.Risk;
import org.haven.harm.domain.Category;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.directory.domain.SchoolCode;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
        Category category = parseEnum(Category.class, f.category(), "category", "report.category", errors);
        String description = text(f.description(), DESCRIPTION_MAX, true, "description", "report.description",
                errors);
        LocalDate occurredOn = date(f.occurredOn(), today, errors);
        Frequency frequency = f.frequency() == null || f.frequency().isBlank() ? null
                : parseEnum(Frequency.class, f.frequency(), "frequency", "report.frequency", errors);
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
        List<ValidReport.Link> links = links(f.links(), clock, errors);
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

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, String key,
                                                   List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, key + ".required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, key + ".unknown"));
            return null;
        }
    }

    /** A text field: stripped, null when blank (an error when required), refused when too long or with controls. */
    static String text(String value, int max, boolean required, String field, String key, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, key + ".required"));
            }
            return null;
        }
        if (v.length() > max) {
            errors.add(new FieldError(field, key + ".tooLong", max));
        } else if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(new FieldError(field, "text.controlCharacters"));
        }
        return v;
    }

    private static LocalDate date(String value, LocalDate today, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.isAfter(today)) {
                errors.add(new FieldError("occurredOn", "report.occurredOn.future"));
            } else if (d.isBefore(today.minusYears(YEARS_BACK))) {
                errors.add(new FieldError("occurredOn", "report.occurredOn.tooOld", YEARS_BACK));
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("occurredOn", "report.occurredOn.format"));
            return null;
        }
    }

    private static Set<Platform> platforms(List<String> values, List<FieldError> errors) {
        Set<Platform> platforms = EnumSet.noneOf(Platform.class);
        if (values == null) {
            return platforms;
        }
        if (values.size() > Platform.values().length) {
            errors.add(new FieldError("platforms", "report.platforms.tooMany"));
            return platforms;
        }
        for (String v : values) {
            try {
                platforms.add(Platform.valueOf(v == null ? "" : v.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("platforms", "report.platforms.unknown"));
                break;
            }
        }
        return platforms;
    }

    private static List<ValidReport.Link> links(List<ReportForm.LinkForm> values, Clock clock,
                                                List<FieldError> errors) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        if (values.size() > LINKS_MAX) {
            errors.add(new FieldError("links", "report.links.tooMany", LINKS_MAX));
            return List.of();
        }
        List<ValidReport.Link> links = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ReportForm.LinkForm l = values.get(i);
            String field = "links[" + i + "]";
            String url = l == null || l.url() == null ? "" : l.url().strip();
            if (!isWebAddress(url)) {
                errors.add(new FieldError(field + ".url", "report.link.url"));
                continue;
            }
            Instant seen = null;
            if (l.seenAt() != null && !l.seenAt().isBlank()) {
                try {
                    seen = OffsetDateTime.parse(l.seenAt().strip()).toInstant();
                    if (seen.isAfter(clock.instant().plusSeconds(300))) {
                        errors.add(new FieldError(field + ".seenAt", "report.link.seenAt.future"));
                    }
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(field + ".seenAt", "report.link.seenAt.format"));
                }
            }
            String note = text(l.note(), NOTE_MAX, false, field + ".note", "report.link.note", errors);
            links.add(new ValidReport.Link(url, seen, note));
        }
        return links;
    }

    static boolean isWebAddress(String url) {
        if (url.isEmpty() || url.length() > URL_MAX || url.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            URI u = new URI(url);
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
                    && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
