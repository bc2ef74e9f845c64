package org.haven.safeguarding.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** A document sent with a referral, kept exactly as sent, with its SHA-256. */
@Entity
@Table(name = "referral_document")
public class ReferralDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private Long referralId;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private int size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReferralDocument() {
    }

    public ReferralDocument(long referralId, String fileName, String contentType, String sha256, byte[] content,
                            long createdBy, Instant createdAt) {
        this.referralId = referralId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sha256 = sha256;
        this.size = content.length;
        this.content = content.clone();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public Long referralId() {
        return referralId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public String sha256() {
        return sha256;
    }

    public int size() {
        return size;
    }

    public byte[] content() {
        return content.clone();
    }

    public Instant createdAt() {
        return createdAt;
    }
}
