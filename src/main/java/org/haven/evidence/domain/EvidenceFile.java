package org.haven.evidence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A piece of evidence: what it is and its SHA-256 taken at upload; its bytes are in {@link EvidenceChunk}s. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "from_reporter", nullable = false)
    private boolean fromReporter;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EvidenceFile() {
    }

    public EvidenceFile(long reportId, String fileName, String contentType, boolean fromReporter, Instant createdAt) {
        this.reportId = reportId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.fromReporter = fromReporter;
        this.createdAt = createdAt;
        this.sha256 = "0".repeat(64);
    }

    public void sealed(long size, String sha256Hex) {
        this.sizeBytes = size;
        this.sha256 = sha256Hex;
    }

    public Long id() {
        return id;
    }

    public Long reportId() {
        return reportId;
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

    public String sha256() {
        return sha256;
    }

    public boolean fromReporter() {
        return fromReporter;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
