package org.haven.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An in-app notification: a kind and the record it is about, never the sensitive content itself. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "record_type", length = 40)
    private String recordType;

    @Column(name = "record_id", length = 64)
    private String recordId;

    @Column(nullable = false)
    private boolean urgent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long accountId, String kind, String recordType, String recordId, boolean urgent,
                        Instant createdAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.recordType = recordType;
        this.recordId = recordId;
        this.urgent = urgent;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public String kind() {
        return kind;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public boolean urgent() {
        return urgent;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
