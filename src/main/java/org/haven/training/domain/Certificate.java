package org.haven.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * Proof that a person passed a module's quiz: who, which module (titles as they were), when, until when, and the
 * random code anyone can check on the public verification page.
 */
@Entity
@Table(name = "training_certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "module_id", nullable = false)
    private String moduleId;

    @Column(name = "module_version", nullable = false)
    private int moduleVersion;

    @Column(name = "attempt_id")
    private Long attemptId;

    @Column(name = "holder_name", nullable = false)
    private String holderName;

    @Column(name = "title_fr", nullable = false)
    private String titleFr;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected Certificate() {
    }

    public Certificate(String code, long accountId, TrainingModule module, Long attemptId, String holderName,
                       Instant issuedAt) {
        this.code = Objects.requireNonNull(code);
        this.accountId = accountId;
        this.moduleId = module.id();
        this.moduleVersion = module.version();
        this.attemptId = attemptId;
        this.holderName = Objects.requireNonNull(holderName);
        this.titleFr = module.title().fr();
        this.titleEn = module.title().en();
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.expiresAt = module.expiryOf(issuedAt);
    }

    /** Valid now: issued, and not yet expired (a certificate without expiry stays valid). */
    public boolean validAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public long accountId() {
        return accountId;
    }

    public String moduleId() {
        return moduleId;
    }

    public int moduleVersion() {
        return moduleVersion;
    }

    public String holderName() {
        return holderName;
    }

    public Localized title() {
        return new Localized(titleFr, titleEn);
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
