package org.haven.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An account's choice for non-urgent notifications: e-mail as well as in the app, or in the app only. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false)
    private boolean email;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected NotificationPreference() {
    }

    public NotificationPreference(long accountId, boolean email, Instant changedAt) {
        this.accountId = accountId;
        this.email = email;
        this.changedAt = changedAt;
    }

    public void change(boolean wantsEmail, Instant at) {
        this.email = wantsEmail;
        this.changedAt = at;
    }

    public boolean email() {
        return email;
    }
}
