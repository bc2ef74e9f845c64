package org.haven.family.domain;

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

/** A message of the thread between one parent account and the school about one case. Never changed. */
@Entity
@Table(name = "family_message")
public class FamilyMessage {

    public static final int BODY_MAX = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "parent_account_id", nullable = false, updatable = false)
    private Long parentAccountId;

    @Column(name = "child_person_id", nullable = false, updatable = false)
    private Long childPersonId;

    @Column(name = "author_account_id", nullable = false, updatable = false)
    private Long authorAccountId;

    @Column(name = "from_parent", nullable = false, updatable = false)
    private boolean fromParent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private MessageKind kind;

    @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
    private String body;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected FamilyMessage() {
    }

    public FamilyMessage(long caseId, long parentAccountId, long childPersonId, long authorAccountId,
                         boolean fromParent, MessageKind kind, String body, Instant sentAt) {
        this.caseId = caseId;
        this.parentAccountId = parentAccountId;
        this.childPersonId = childPersonId;
        this.authorAccountId = authorAccountId;
        this.fromParent = fromParent;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.body = Objects.requireNonNull(body, "body");
        this.sentAt = sentAt;
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public Long parentAccountId() {
        return parentAccountId;
    }

    public Long childPersonId() {
        return childPersonId;
    }

    public Long authorAccountId() {
        return authorAccountId;
    }

    public boolean fromParent() {
        return fromParent;
    }

    public MessageKind kind() {
        return kind;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
