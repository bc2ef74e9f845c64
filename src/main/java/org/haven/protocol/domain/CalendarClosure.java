package org.haven.protocol.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Days without school in the district: a public holiday or a school holiday (first and last day included). */
@Entity
@Table(name = "calendar_closure")
public class CalendarClosure {

    public enum Kind {
        PUBLIC_HOLIDAY, SCHOOL_HOLIDAY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(nullable = false, length = 120)
    private String label;

    protected CalendarClosure() {
    }

    public CalendarClosure(long districtId, Kind kind, LocalDate firstDay, LocalDate lastDay, String label) {
        this.districtId = districtId;
        this.kind = kind;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.label = label;
    }

    public DateRange range() {
        return new DateRange(firstDay, lastDay);
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public String label() {
        return label;
    }
}
