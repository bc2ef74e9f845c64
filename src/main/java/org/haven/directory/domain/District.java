package org.haven.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The school district that runs Haven: one per installation. */
@Entity
@Table(name = "district")
public class District {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40, unique = true)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The weekdays without school, e.g. SATURDAY,SUNDAY (and WEDNESDAY in many French primary schools). */
    @Column(name = "school_days_off", nullable = false, length = 80)
    private String schoolDaysOff = "SATURDAY,SUNDAY";

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone = "Europe/Paris";

    /** The French school holiday zone (A, B, C) whose shipped holidays deadlines skip; null: none. */
    @Column(name = "holiday_zone", length = 1)
    private String holidayZone;

    protected District() {
    }

    public District(String code, String name, String country, Instant createdAt) {
        this.code = Objects.requireNonNull(code, "District code is required.");
        this.name = Objects.requireNonNull(name, "District name is required.");
        this.country = Objects.requireNonNull(country, "Country is required.");
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String country() {
        return country;
    }

    public Set<DayOfWeek> schoolDaysOff() {
        if (schoolDaysOff.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(schoolDaysOff.split(",")).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public String holidayZone() {
        return holidayZone;
    }

    /** The holiday zone by its letter (A, B, C), or null for none; the caller checked the letter. */
    public void changeHolidayZone(String zone) {
        this.holidayZone = zone;
    }

    public void changeSchedule(Set<DayOfWeek> daysOff, ZoneId zone) {
        if (daysOff.size() >= DayOfWeek.values().length) {
            throw new IllegalArgumentException("A week needs at least one school day.");
        }
        this.schoolDaysOff = daysOff.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.timeZone = zone.getId();
    }
}
