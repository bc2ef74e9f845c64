package org.haven.reporting.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.platform.i18n.Messages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as people of the district read them: in its time zone (haven.zone) and the page's language. */
@Named("when")
@ApplicationScoped
public class LocalTimes {

    @Inject
    @ConfigProperty(name = "haven.zone", defaultValue = "Europe/Paris")
    String zoneName;

    @Inject
    Clock clock;

    public ZoneId zone() {
        return ZoneId.of(zoneName);
    }

    public String dateTime(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale()).format(at.atZone(zone()));
    }

    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
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
