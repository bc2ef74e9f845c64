package org.haven.notify.domain;

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
 * The e-mail of one notification (the outbox row): written in the notification's transaction, sent after commit,
 * tried again with {@link RetryPolicy} until sent or given up. Its subject and body never hold names or facts.
 */
@Entity
@Table(name = "mail_delivery")
public class MailDelivery {

    /** The error stored on a delivery written while no SMTP server was configured; it is never tried. */
    public static final String NOT_CONFIGURED = "SMTP not configured: not sent";

    private static final int ERROR_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notification_id", nullable = false, updatable = false)
    private Long notificationId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(nullable = false, length = 254, updatable = false)
    private String address;

    @Column(nullable = false, length = 2, updatable = false)
    private String language;

    @Column(nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected MailDelivery() {
    }

    /** A delivery to try at once, or (smtpConfigured false) one that records it was not sent. */
    public MailDelivery(long notificationId, long accountId, String address, String language, Mail mail,
                        boolean smtpConfigured, Instant now) {
        this.notificationId = notificationId;
        this.accountId = accountId;
        this.address = Objects.requireNonNull(address, "address");
        this.language = Objects.requireNonNull(language, "language");
        this.subject = mail.subject();
        this.body = mail.body();
        this.status = DeliveryStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = smtpConfigured ? now : null;
        this.lastError = smtpConfigured ? null : NOT_CONFIGURED;
    }

    /** Whether an attempt is due now (a sent, failed or never-to-be-tried delivery is not). */
    public boolean dueAt(Instant now) {
        return (status == DeliveryStatus.PENDING || status == DeliveryStatus.RETRYING) && nextAttemptAt != null
                && !nextAttemptAt.isAfter(now);
    }

    public void sent(Instant at) {
        attempts++;
        status = DeliveryStatus.SENT;
        sentAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /** A failed attempt: tried again later by the policy, or given up. */
    public void failed(String error, Instant at) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        nextAttemptAt = RetryPolicy.nextAttempt(attempts, at).orElse(null);
        status = nextAttemptAt == null ? DeliveryStatus.FAILED : DeliveryStatus.RETRYING;
    }

    /** An administrator asks for one more try of a failed or never-tried delivery. */
    public void retryNow(Instant now) {
        if (status != DeliveryStatus.SENT) {
            status = DeliveryStatus.RETRYING;
            nextAttemptAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public Long notificationId() {
        return notificationId;
    }

    public Long accountId() {
        return accountId;
    }

    public String address() {
        return address;
    }

    public String language() {
        return language;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
