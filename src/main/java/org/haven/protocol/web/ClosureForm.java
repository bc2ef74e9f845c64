package org.haven.protocol.web;

import org.haven.protocol.domain.CalendarClosure;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/** The calendar page's form for one more closure: its kind, first and last day, and label. */
public class ClosureForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private CalendarClosure.Kind kind = CalendarClosure.Kind.SCHOOL_HOLIDAY;
    private LocalDate first;
    private LocalDate last;
    private String label;

    /** Empties the form once the closure is added (the kind stays, for the next one). */
    void clear() {
        first = null;
        last = null;
        label = null;
    }

    public CalendarClosure.Kind getKind() {
        return kind;
    }

    public void setKind(CalendarClosure.Kind kind) {
        this.kind = kind;
    }

    public LocalDate getFirst() {
        return first;
    }

    public void setFirst(LocalDate first) {
        this.first = first;
    }

    public LocalDate getLast() {
        return last;
    }

    public void setLast(LocalDate last) {
        this.last = last;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
