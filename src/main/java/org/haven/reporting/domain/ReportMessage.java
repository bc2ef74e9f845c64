package org.haven.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A message of the two-way inbox, from the reporter or from a member of the school's staff. */
@Entity
@Table(name = "report_message")
public class ReportMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "from_reporter", nullable = false)
    private boolean fromReporter;

    @Column(name = "author_account_id")
    private Long authorAccountId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReportMessage() {
    }

    public ReportMessage(long reportId, boolean fromReporter, Long authorAccountId, String body, Instant createdAt) {
        this.reportId = reportId;
        this.fromReporter = fromReporter;
        this.authorAccountId = fromReporter ? null : authorAccountId;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public boolean fromReporter() {
        return fromReporter;
    }

    public Long authorAccountId() {
        return authorAccountId;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
