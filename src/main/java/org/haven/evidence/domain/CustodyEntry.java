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

/**
 * One link of a piece of evidence's chain of custody: who did what with it, when, and from where in the
 * application. Kept after the evidence itself is purged. Also mirrored in the audit log.
 */
@Entity
@Table(name = "evidence_custody")
public class CustodyEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "evidence_id", nullable = false)
    private Long evidenceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CustodyAction action;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "actor_role", length = 30)
    private String actorRole;

    @Column(nullable = false, length = 60)
    private String place;

    @Column(length = 300)
    private String detail;

    @Column(name = "at", nullable = false)
    private Instant at;

    protected CustodyEntry() {
    }

    public CustodyEntry(long evidenceId, CustodyAction action, Long actorAccountId, String actor, String actorRole,
                        String place, String detail, Instant at) {
        this.evidenceId = evidenceId;
        this.action = action;
        this.actorAccountId = actorAccountId;
        this.actor = actor;
        this.actorRole = actorRole;
        this.place = place;
        this.detail = detail;
        this.at = at;
    }

    public Long evidenceId() {
        return evidenceId;
    }

    public CustodyAction action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public String actorRole() {
        return actorRole;
    }

    public String place() {
        return place;
    }

    public String detail() {
        return detail;
    }

    public Instant at() {
        return at;
    }
}
