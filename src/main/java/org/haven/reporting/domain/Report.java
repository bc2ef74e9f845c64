package org.haven.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.haven.harm.domain.Category;
import org.haven.harm.domain.Risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A confidential report. Holds no trace of the device it came from; an anonymous one holds no name and no
 * account. Found again by its receipt's keyed lookup, never by the receipt itself.
 */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Embedded
    private ReportContent content;

    @Embedded
    private ReportAuthor author;

    @Embedded
    private Risk risk;

    @Column(nullable = false)
    private boolean urgent;

    @Column(name = "urgent_acknowledged_at")
    private Instant urgentAcknowledgedAt;

    @Column(name = "urgent_acknowledged_by")
    private Long urgentAcknowledgedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status = ReportStatus.NEW;

    @Column(name = "receipt_lookup", nullable = false, length = 64, unique = true)
    private String receiptLookup;

    @Column(name = "receipt_hash", nullable = false, length = 200)
    private String receiptHash;

    /** Until the evidence is stored (same transaction) the fingerprint is not known: 64 zeros stand for it. */
    static final String FINGERPRINT_PENDING = "0".repeat(64);

    @Column(name = "content_fingerprint", nullable = false, length = 64)
    private String contentFingerprint = FINGERPRINT_PENDING;

    @Column(name = "staff_unread", nullable = false)
    private boolean staffUnread = true;

    @Column(name = "reporter_unread", nullable = false)
    private boolean reporterUnread;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportSource source = ReportSource.FORM;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Version
    private int version;

    protected Report() {
    }

    public Report(long schoolId, ValidReport r, Long reporterAccountId, String receiptLookup, String receiptHash,
                  Instant createdAt) {
        this.schoolId = schoolId;
        this.content = new ReportContent(r);
        this.author = new ReportAuthor(r, reporterAccountId);
        this.risk = r.risk();
        this.urgent = r.risk().isUrgent();
        this.receiptLookup = Objects.requireNonNull(receiptLookup);
        this.receiptHash = Objects.requireNonNull(receiptHash);
        this.createdAt = createdAt;
        this.lastActivityAt = createdAt;
    }

    /** Set before the report is stored: where it came from. */
    public void cameFrom(ReportSource source) {
        this.source = Objects.requireNonNull(source);
    }

    public ReportSource source() {
        return source;
    }

    public void fingerprint(String sha256) {
        this.contentFingerprint = sha256;
    }

    /** A message from the school: the reporter has something new to read. */
    public void staffWrote(Instant at) {
        reporterUnread = true;
        lastActivityAt = at;
        if (status == ReportStatus.NEW) {
            status = ReportStatus.IN_PROGRESS;
        }
    }

    /** A message or evidence from the reporter: the school has something new to read. */
    public void reporterWrote(Instant at) {
        staffUnread = true;
        lastActivityAt = at;
    }

    public void readByStaff() {
        staffUnread = false;
    }

    public void readByReporter() {
        reporterUnread = false;
    }

    public boolean acknowledgeUrgent(long accountId, Instant at) {
        if (!urgent || urgentAcknowledgedAt != null) {
            return false;
        }
        urgentAcknowledgedAt = at;
        urgentAcknowledgedBy = accountId;
        if (status == ReportStatus.NEW) {
            status = ReportStatus.IN_PROGRESS;
        }
        return true;
    }

    /**
     * A status change is activity: a closed report's last activity is when it was closed (or written to after),
     * which starts its evidence's retention period.
     */
    public void changeStatus(ReportStatus newStatus, Instant at) {
        this.status = Objects.requireNonNull(newStatus);
        this.lastActivityAt = at;
    }

    public boolean awaitsUrgentAcknowledgement() {
        return urgent && urgentAcknowledgedAt == null;
    }

    public Long id() {
        return id;
    }

    public Long schoolId() {
        return schoolId;
    }

    public Category category() {
        return content.category();
    }

    public String description() {
        return content.description();
    }

    public LocalDate occurredOn() {
        return content.occurredOn();
    }

    public Frequency frequency() {
        return content.frequency();
    }

    public boolean atSchool() {
        return content.atSchool();
    }

    public Set<Platform> platforms() {
        return content.platforms();
    }

    public String involved() {
        return content.involved();
    }

    public boolean witness() {
        return content.witness();
    }

    public boolean anonymous() {
        return author.anonymous();
    }

    public String reporterName() {
        return author.reporterName();
    }

    public String reporterClass() {
        return author.reporterClass();
    }

    public Risk risk() {
        return risk;
    }

    public boolean urgent() {
        return urgent;
    }

    public Instant urgentAcknowledgedAt() {
        return urgentAcknowledgedAt;
    }

    public ReportStatus status() {
        return status;
    }

    public String receiptHash() {
        return receiptHash;
    }

    public String contentFingerprint() {
        return contentFingerprint;
    }

    public boolean staffUnread() {
        return staffUnread;
    }

    public boolean reporterUnread() {
        return reporterUnread;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }
}
