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
 * A piece of evidence: what it is, whose it is, who added it from where, and under which key its
 * {@link EvidenceChunk}s are sealed. The SHA-256 of the original is kept only sealed ({@code sha256Sealed});
 * {@code keyId} null marks a blob stored in clear before the vault existed, until the start-up job seals it.
 */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    /** Only for blobs stored before the vault: cleared when the start-up job seals them. */
    @Column(length = 64)
    private String sha256;

    @Column(name = "sha256_sealed", length = 64)
    private byte[] sha256Sealed;

    @Column(name = "key_id", length = 32)
    private String keyId;

    @Column(name = "chunk_count", nullable = false)
    private int chunkCount;

    @Column(name = "from_reporter", nullable = false)
    private boolean fromReporter;

    @Column(name = "added_by", length = 100)
    private String addedBy;

    @Column(name = "added_by_account_id")
    private Long addedByAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "added_from", length = 30)
    private EvidenceSource addedFrom;

    @Column(length = 500)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "integrity_alert_at")
    private Instant integrityAlertAt;

    @Column(name = "purged_at")
    private Instant purgedAt;

    protected EvidenceFile() {
    }

    public EvidenceFile(EvidenceOwner owner, String fileName, String contentType, EvidenceSource source,
                        String addedBy, Long addedByAccountId, String description, Instant createdAt) {
        Objects.requireNonNull(owner, "An evidence file needs an owner");
        this.reportId = owner.kind() == EvidenceOwner.Kind.REPORT ? owner.id() : null;
        this.caseId = owner.kind() == EvidenceOwner.Kind.CASE ? owner.id() : null;
        this.schoolId = owner.schoolId();
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = Objects.requireNonNull(contentType);
        this.addedFrom = Objects.requireNonNull(source);
        this.fromReporter = source == EvidenceSource.REPORT_FORM || source == EvidenceSource.REPORTER_INBOX;
        this.addedBy = addedBy;
        this.addedByAccountId = addedByAccountId;
        this.description = description;
        this.createdAt = createdAt;
    }

    /** The blob is complete: its size, chunk count, sealed digest and the key its chunks are sealed under. */
    public void sealed(long size, int chunks, byte[] sealedDigest, String keyId) {
        this.sizeBytes = size;
        this.chunkCount = chunks;
        this.sha256Sealed = sealedDigest;
        this.keyId = keyId;
        this.sha256 = null;
    }

    public void integrityAlert(Instant at) {
        if (integrityAlertAt == null) {
            integrityAlertAt = at;
        }
    }

    public void purged(Instant at) {
        this.purgedAt = at;
        this.sha256Sealed = null;
        this.sha256 = null;
        this.chunkCount = 0;
    }

    /** Its case was handed over to another school, whose staff now hold it. */
    public void transferTo(long newSchoolId) {
        this.schoolId = newSchoolId;
    }

    public EvidenceOwner owner() {
        return reportId != null ? new EvidenceOwner(EvidenceOwner.Kind.REPORT, reportId, schoolId)
                : new EvidenceOwner(EvidenceOwner.Kind.CASE, caseId, schoolId);
    }

    public boolean legacyClear() {
        return keyId == null && purgedAt == null;
    }

    public Long id() {
        return id;
    }

    public Long schoolId() {
        return schoolId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String legacySha256() {
        return sha256;
    }

    public byte[] sha256Sealed() {
        return sha256Sealed;
    }

    public String keyId() {
        return keyId;
    }

    public int chunkCount() {
        return chunkCount;
    }

    public boolean fromReporter() {
        return fromReporter;
    }

    public String addedBy() {
        return addedBy;
    }

    public EvidenceSource addedFrom() {
        return addedFrom;
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant integrityAlertAt() {
        return integrityAlertAt;
    }

    public Instant purgedAt() {
        return purgedAt;
    }
}
