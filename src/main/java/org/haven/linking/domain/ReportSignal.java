package org.haven.linking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One normalised signal of a report, with its school: what related reports are found by (an indexed lookup). */
@Entity
@Table(name = "report_signal")
public class ReportSignal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Signal.Kind kind;

    @Column(nullable = false, length = Signal.VALUE_MAX)
    private String value;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected ReportSignal() {
    }

    public ReportSignal(long reportId, long schoolId, Signal signal, Instant receivedAt) {
        this.reportId = reportId;
        this.schoolId = schoolId;
        this.kind = signal.kind();
        this.value = signal.value();
        this.receivedAt = receivedAt;
    }

    public Long reportId() {
        return reportId;
    }

    public Long schoolId() {
        return schoolId;
    }

    public Signal signal() {
        return new Signal(kind, value);
    }
}
