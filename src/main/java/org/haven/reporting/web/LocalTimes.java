package org.haven.reporting.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.config.DistrictZone;
import org.haven.platform.i18n.Messages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dates and times as people of the district read them: in the district's time zone (set by its administrator on the
 * calendar page, the same zone deadlines are computed in; haven.zone until the district is set up) and the page's
 * language.
 */
@Named("when")
@ApplicationScoped
public class LocalTimes {

    @Inject
    Clock clock;

    @Inject
    DistrictZone districtZone;

    public ZoneId zone() {
        return districtZone.zone();
    }

    public String dateTime(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale()).format(at.atZone(zone()));
    }

    /** The day an instant falls on in the district, in words. */
    public String day(Instant at) {
        return at == null ? "" : date(at.atZone(zone()).toLocalDate());
    }

    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
    }

    /**
     * A length of time written in ISO 8601 ("P2Y", "P6M", "P1Y6M") in words ("2 ans", "1 an et 6 mois"); a text
     * that is not such a length is returned as it is.
     */
    public String period(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        Period p;
        try {
            p = Period.parse(iso);
        } catch (DateTimeParseException notAPeriod) {
            return iso;
        }
        List<String> parts = new ArrayList<>();
        if (p.getYears() != 0) {
            parts.add(Messages.text(locale(), "period.years", p.getYears()));
        }
        if (p.getMonths() != 0) {
            parts.add(Messages.text(locale(), "period.months", p.getMonths()));
        }
        if (p.getDays() != 0 || parts.isEmpty()) {
            parts.add(Messages.text(locale(), "period.days", p.getDays()));
        }
        return String.join(Messages.text(locale(), "period.and"), parts);
    }

    /** Today in the district, as an HTML date input wants it (the latest date a report may give). */
    public String getToday() {
        return LocalDate.now(clock.withZone(zone())).toString();
    }

    /** The latest date and time a link may have been seen, as a datetime-local input wants it. */
    public String getNow() {
        return clock.instant().atZone(zone()).toLocalDateTime().withSecond(0).withNano(0).toString();
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Messages.DEFAULT : faces.getViewRoot().getLocale();
    }
}
