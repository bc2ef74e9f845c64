package org.haven.cases.domain;

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
 * One entry of a case's timeline: when, who (name kept as it was then), what. Entries are never changed; who
 * besides staff may see one (parents, the pupil) is decided when it is written, from the protocol.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private EventKind kind;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 200, updatable = false)
    private String actorName;

    @Column(length = 200, updatable = false)
    private String subject;

    @Column(columnDefinition = "TEXT", updatable = false)
    private String detail;

    @Column(name = "parent_visible", nullable = false, updatable = false)
    private boolean parentVisible;

    @Column(name = "pupil_visible", nullable = false, updatable = false)
    private boolean pupilVisible;

    protected CaseEvent() {
    }

    public CaseEvent(long caseId, Instant at, EventKind kind, Long actorId, String actorName, String subject,
                     String detail, boolean parentVisible, boolean pupilVisible) {
        this.caseId = caseId;
        this.at = at;
        this.kind = kind;
        this.actorId = actorId;
        this.actorName = actorName;
        this.subject = subject;
        this.detail = detail;
        this.parentVisible = parentVisible;
        this.pupilVisible = pupilVisible;
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public Instant at() {
        return at;
    }

    public EventKind kind() {
        return kind;
    }

    public Long actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }

    public boolean parentVisible() {
        return parentVisible;
    }

    public boolean pupilVisible() {
        return pupilVisible;
    }
}
