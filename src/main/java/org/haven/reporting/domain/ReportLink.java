package org.haven.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A link to online content given with a report, with when it was seen. Haven never fetches it. */
@Entity
@Table(name = "report_link")
public class ReportLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(name = "seen_at")
    private Instant seenAt;

    @Column(length = 500)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReportLink() {
    }

    public ReportLink(long reportId, ValidReport.Link link, Instant createdAt) {
        this.reportId = reportId;
        this.url = link.url();
        this.seenAt = link.seenAt();
        this.note = link.note();
        this.createdAt = createdAt;
    }

    public String url() {
        return url;
    }

    public Instant seenAt() {
        return seenAt;
    }

    public String note() {
        return note;
    }
}
