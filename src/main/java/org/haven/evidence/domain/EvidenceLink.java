package org.haven.evidence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A link to online content kept as evidence: when it was seen, on which platform, the author's handle if known
 * and a note. Haven never fetches it. Stored in {@code report_link} (which the reporting wizard fills for its
 * links) extended by the vault with a case owner, platform, handle and author.
 */
@Entity
@Table(name = "report_link")
public class EvidenceLink {

    public static final int MAX_URL = 2000;
    public static final int MAX_NOTE = 500;
    public static final int MAX_HANDLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(nullable = false, length = MAX_URL)
    private String url;

    @Column(name = "seen_at")
    private Instant seenAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private OnlinePlatform platform;

    @Column(name = "author_handle", length = MAX_HANDLE)
    private String authorHandle;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "added_by", length = 100)
    private String addedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EvidenceLink() {
    }

    public EvidenceLink(EvidenceOwner owner, String url, Instant seenAt, OnlinePlatform platform, String authorHandle,
                        String note, String addedBy, Instant createdAt) {
        this.reportId = owner.kind() == EvidenceOwner.Kind.REPORT ? owner.id() : null;
        this.caseId = owner.kind() == EvidenceOwner.Kind.CASE ? owner.id() : null;
        this.url = Objects.requireNonNull(url);
        this.seenAt = seenAt;
        this.platform = platform;
        this.authorHandle = authorHandle;
        this.note = note;
        this.addedBy = addedBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String url() {
        return url;
    }

    public Instant seenAt() {
        return seenAt;
    }

    public OnlinePlatform platform() {
        return platform;
    }

    public String authorHandle() {
        return authorHandle;
    }

    public String note() {
        return note;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
