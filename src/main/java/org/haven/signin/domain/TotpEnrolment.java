package org.haven.signin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * An account's TOTP secret (sealed: see SecretSeal) and the last time step accepted. Confirmed once the holder has
 * typed a first code back, which proves their app holds the same secret; only then is a code asked at sign-in.
 */
@Entity
@Table(name = "account_totp")
public class TotpEnrolment {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "secret_sealed", nullable = false, length = 200)
    private String secretSealed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "last_step", nullable = false)
    private long lastStep;

    @Version
    private int version;

    protected TotpEnrolment() {
    }

    public TotpEnrolment(long accountId, String secretSealed, Instant createdAt) {
        this.accountId = accountId;
        this.secretSealed = secretSealed;
        this.createdAt = createdAt;
    }

    /** A new secret replaces an unconfirmed one (the person started again). */
    public void restart(String sealed, Instant now) {
        if (isConfirmed()) {
            throw new IllegalStateException("a confirmed second factor is removed before a new one is set");
        }
        this.secretSealed = sealed;
        this.createdAt = now;
        this.lastStep = 0;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    /** Records the step of an accepted code; a later code must be of a later step. */
    public void accept(long step, Instant now) {
        if (step <= lastStep) {
            throw new IllegalStateException("a step is accepted once");
        }
        lastStep = step;
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }

    public long accountId() {
        return accountId;
    }

    public String secretSealed() {
        return secretSealed;
    }

    public long lastStep() {
        return lastStep;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }
}
