package org.haven.protocol.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;
import org.haven.protocol.application.SchoolCalendars;
import org.haven.protocol.domain.CalendarClosure;
import org.haven.protocol.domain.HolidayZone;
import org.haven.protocol.domain.SchoolHoliday;

import java.io.Serial;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The district's school calendar (/admin/calendar.xhtml): the days without school each week, the time zone, the
 * school holiday zone whose shipped holidays deadlines skip, and the closures the administrator adds.
 */
@Named("calendarBean")
@ViewScoped
public class CalendarBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SchoolCalendars calendars;

    private List<DayOfWeek> daysOff = new ArrayList<>();
    private String zone;
    private String holidayZone;
    private final ClosureForm closure = new ClosureForm();
    private transient List<CalendarClosure> closures;

    @PostConstruct
    void init() {
        var schedule = calendars.schedule();
        daysOff = new ArrayList<>(schedule.daysOff());
        zone = schedule.zone().getId();
        holidayZone = schedule.holidayZone();
    }

    public void saveHolidayZone() {
        try {
            calendars.changeHolidayZone(holidayZone);
            FacesMessages.info("calendar.holidayZone.saved");
        } catch (Refusal e) {
            FacesMessages.show(e, "holidays:");
        }
    }

    /** The shipped holidays of the zone saved (not of one only chosen in the form), in the file's order. */
    public List<SchoolHoliday> getHolidays() {
        return calendars.holidays();
    }

    public HolidayZone[] getHolidayZones() {
        return HolidayZone.values();
    }

    public String getHolidayZone() {
        return holidayZone;
    }

    public void setHolidayZone(String holidayZone) {
        this.holidayZone = holidayZone;
    }

    public void saveWeek() {
        try {
            calendars.changeWeek(daysOff.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(daysOff), zone);
            FacesMessages.info("calendar.saved");
        } catch (Refusal e) {
            FacesMessages.show(e, "week:");
        }
    }

    public void addClosure() {
        try {
            calendars.addClosure(closure.getKind(), closure.getFirst(), closure.getLast(), closure.getLabel());
            FacesMessages.info("calendar.added");
            closure.clear();
            closures = null;
        } catch (Refusal e) {
            FacesMessages.show(e, "closure:");
        }
    }

    public void remove(long id) {
        try {
            calendars.removeClosure(id);
            FacesMessages.info("calendar.removed");
        } catch (Refusal e) {
            FacesMessages.show(e, "closures:");
        }
        closures = null;
    }

    public List<CalendarClosure> getClosures() {
        if (closures == null) {
            closures = calendars.closures();
        }
        return closures;
    }

    public ClosureForm getClosure() {
        return closure;
    }

    public DayOfWeek[] getWeekDays() {
        return DayOfWeek.values();
    }

    public CalendarClosure.Kind[] getKinds() {
        return CalendarClosure.Kind.values();
    }

    public List<DayOfWeek> getDaysOff() {
        return daysOff;
    }

    public void setDaysOff(List<DayOfWeek> daysOff) {
        this.daysOff = daysOff == null ? new ArrayList<>() : new ArrayList<>(daysOff);
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }
}
