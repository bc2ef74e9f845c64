package org.haven.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A case handed over when its pupil changed school (issue 20): to a school of the district ({@code toSchoolId}),
 * or out of the district by a letter ({@code destination}). {@code oldRecord} is the old school's read-only record
 * of its part, written at the handover: once the case has moved, the old school reads that, never the case.
 */
@Entity
@Table(name = "case_handover")
public class CaseHandover {

    public static final int REASON_MAX = 500;
    public static final int SUMMARY_MAX = 4000;
    public static final int DESTINATION_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "case_number", nullable = false, length = 20)
    private String caseNumber;

    @Column(name = "from_school_id", nullable = false)
    private Long fromSchoolId;

    @Column(name = "to_school_id")
    private Long toSchoolId;

    @Column(length = DESTINATION_MAX)
    private String destination;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String summary;

    @Column(name = "pupil_consent", nullable = false)
    private boolean pupilConsent;

    @Column(name = "parent_consent", nullable = false)
    private boolean parentConsent;

    @Column(name = "handed_by")
    private Long handedBy;

    @Column(name = "handed_by_name", nullable = false, length = 200)
    private String handedByName;

    @Column(name = "handed_at", nullable = false)
    private Instant handedAt;

    @Column(name = "old_record", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String oldRecord;

    protected CaseHandover() {
    }

    public CaseHandover(CaseFile c, Long toSchoolId, String destination, String reason, String summary,
                        boolean pupilConsent, boolean parentConsent, Long handedBy, String handedByName,
                        Instant handedAt, String oldRecord) {
        this.caseId = c.id();
        this.caseNumber = c.number();
        this.fromSchoolId = c.schoolId();
        this.toSchoolId = toSchoolId;
        this.destination = destination;
        this.reason = reason;
        this.summary = summary;
        this.pupilConsent = pupilConsent;
        this.parentConsent = parentConsent;
        this.handedBy = handedBy;
        this.handedByName = handedByName;
        this.handedAt = handedAt;
        this.oldRecord = oldRecord;
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public Long fromSchoolId() {
        return fromSchoolId;
    }

    public Long toSchoolId() {
        return toSchoolId;
    }

    public String destination() {
        return destination;
    }

    public String reason() {
        return reason;
    }

    public String summary() {
        return summary;
    }

    public boolean pupilConsent() {
        return pupilConsent;
    }

    public boolean parentConsent() {
        return parentConsent;
    }

    public String handedByName() {
        return handedByName;
    }

    public Instant handedAt() {
        return handedAt;
    }

    public String oldRecord() {
        return oldRecord;
    }
}
