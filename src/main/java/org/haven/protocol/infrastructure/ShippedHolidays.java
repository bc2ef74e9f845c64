package org.haven.protocol.infrastructure;

import org.haven.protocol.domain.HolidayZone;
import org.haven.protocol.domain.SchoolHoliday;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * The French school holidays shipped in the WAR (protocols/calendar/fr-school-holidays.csv, a versioned data file
 * naming its source). Read once: the file cannot change while Haven runs. A malformed line stops the start-up of
 * whatever asks first, with its line number, rather than let deadlines run through an unread holiday.
 */
public final class ShippedHolidays {

    public static final String FILE = "protocols/calendar/fr-school-holidays.csv";
    private static final String HEADER = "school_year,period,zones,classes_end,classes_resume,status";

    private static volatile List<SchoolHoliday> all;

    private ShippedHolidays() {
    }

    /** Every shipped holiday, in the file's order. */
    public static List<SchoolHoliday> all() {
        List<SchoolHoliday> known = all;
        if (known == null) {
            known = parse(read());
            all = known;
        }
        return known;
    }

    /** The holidays of one zone (none without a zone). */
    public static List<SchoolHoliday> of(HolidayZone zone) {
        return all().stream().filter(h -> h.appliesTo(zone)).toList();
    }

    /**
     * Reads the file's text: comment lines (#) and blank lines are skipped, the header is checked.
     *
     * @throws IllegalArgumentException naming the line of the first malformed one
     */
    public static List<SchoolHoliday> parse(String text) {
        List<SchoolHoliday> holidays = new ArrayList<>();
        boolean header = false;
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalArgumentException(FILE + ":" + (i + 1) + ": the header must be " + HEADER);
                }
                header = true;
                continue;
            }
            try {
                holidays.add(holiday(line));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(FILE + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(holidays);
    }

    private static SchoolHoliday holiday(String line) {
        String[] cells = line.split(",", -1);
        if (cells.length != 6) {
            throw new IllegalArgumentException("6 cells expected, " + cells.length + " found");
        }
        EnumSet<HolidayZone> zones = EnumSet.noneOf(HolidayZone.class);
        Arrays.stream(cells[2].strip().split("\\s+")).map(HolidayZone::valueOf).forEach(zones::add);
        String status = cells[5].strip();
        if (!status.equals("published") && !status.equals("provisional")) {
            throw new IllegalArgumentException("status must be published or provisional, not " + status);
        }
        return new SchoolHoliday(cells[0].strip(), SchoolHoliday.Period.valueOf(cells[1].strip()), zones,
                LocalDate.parse(cells[3].strip()), LocalDate.parse(cells[4].strip()), status.equals("provisional"));
    }

    private static String read() {
        try (InputStream in = ShippedHolidays.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("no " + FILE + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
