package org.haven.evidence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A request to a platform to take down one piece of online content, and what became of it. A request sent and
 * not answered within the configured days gets reminders (in-app notifications to the school's referents and
 * head) until it is answered or closed.
 */
@Entity
@Table(name = "takedown_request")
public class TakedownRequest {

    /** What the content is. */
    public enum Kind {
        INTIMATE_IMAGE, DEEPFAKE, THREAT, HARASSMENT, IMPERSONATION
    }

    /** Where the request stands. */
    public enum Status {
        SENT, ACKNOWLEDGED, REMOVED, REFUSED, ESCALATED, CLOSED;

        public boolean awaitsAnswer() {
            return this == SENT;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OnlinePlatform platform;

    @Column(name = "content_url", nullable = false, length = EvidenceLink.MAX_URL)
    private String contentUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(length = 200)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.SENT;

    @Column(name = "platform_answer", length = 2000)
    private String platformAnswer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "last_reminder_at")
    private Instant lastReminderAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected TakedownRequest() {
    }

    public TakedownRequest(EvidenceOwner owner, OnlinePlatform platform, String contentUrl, Kind kind, Instant sentAt,
                           String reference, String createdBy, Instant createdAt) {
        this.reportId = owner.kind() == EvidenceOwner.Kind.REPORT ? owner.id() : null;
        this.caseId = owner.kind() == EvidenceOwner.Kind.CASE ? owner.id() : null;
        this.schoolId = owner.schoolId();
        this.platform = Objects.requireNonNull(platform);
        this.contentUrl = Objects.requireNonNull(contentUrl);
        this.kind = Objects.requireNonNull(kind);
        this.sentAt = Objects.requireNonNull(sentAt);
        this.reference = reference;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The platform answered (or the school closed or escalated the request): reminders stop unless SENT. */
    public void update(Status newStatus, String answer, Instant at) {
        this.status = Objects.requireNonNull(newStatus);
        if (answer != null && !answer.isBlank()) {
            this.platformAnswer = answer;
        }
        if (!newStatus.awaitsAnswer()) {
            this.answeredAt = at;
        }
    }

    public void reminded(Instant at) {
        this.lastReminderAt = at;
    }

    public EvidenceOwner owner() {
        return reportId != null ? new EvidenceOwner(EvidenceOwner.Kind.REPORT, reportId, schoolId)
                : new EvidenceOwner(EvidenceOwner.Kind.CASE, caseId, schoolId);
    }

    public Long id() {
        return id;
    }

    public Long schoolId() {
        return schoolId;
    }

    public OnlinePlatform platform() {
        return platform;
    }

    public String contentUrl() {
        return contentUrl;
    }

    public Kind kind() {
        return kind;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String reference() {
        return reference;
    }

    public Status status() {
        return status;
    }

    public String platformAnswer() {
        return platformAnswer;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant lastReminderAt() {
        return lastReminderAt;
    }
}
