package org.haven.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An incident case of one school, run under the protocol version it was opened with (pinned for its whole life).
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

    /** next_due_at when no step is due: sorts after every real date. */
    public static final Instant NOTHING_DUE = Instant.parse("9999-12-31T00:00:00Z");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 20)
    private String number;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "protocol_id", nullable = false, length = 64)
    private String protocolId;

    @Column(name = "protocol_version", nullable = false)
    private int protocolVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseOrigin origin;

    @Column(name = "report_id")
    private Long reportId;

    @Column(nullable = false, length = 30)
    private String category;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String description;

    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    @Column(length = 200)
    private String place;

    @Convert(converter = CommaJoined.class)
    @Column(nullable = false, length = 400)
    private WordSet platforms = WordSet.EMPTY;

    @Convert(converter = CommaJoined.class)
    @Column(name = "risk_tags", nullable = false, length = 400)
    private WordSet riskTags = WordSet.EMPTY;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 20)
    private RiskLevel riskLevel;

    @Column(nullable = false)
    private boolean escalated;

    @Column(nullable = false)
    private int attention;

    @Column(name = "next_due_at", nullable = false)
    private Instant nextDueAt = NOTHING_DUE;

    @Column(name = "filed_by")
    private Long filedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    /** Set by the privacy feature's legal hold (V21_1); read here only so that the evidence purge skips a held case. */
    @Column(name = "legal_hold_at", insertable = false, updatable = false)
    private Instant legalHoldAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closing_summary", columnDefinition = "TEXT")
    private String closingSummary;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @Version
    private int version;

    protected CaseFile() {
    }

    public CaseFile(long schoolId, String protocolId, int protocolVersion, CaseOrigin origin, Long reportId,
                    String category, String description, LocalDate occurredOn, String place, Set<String> platforms,
                    Set<String> riskTags, Long filedBy, Instant openedAt) {
        this.schoolId = schoolId;
        this.protocolId = protocolId;
        this.protocolVersion = protocolVersion;
        this.status = CaseStatus.OPEN;
        this.origin = origin;
        this.reportId = reportId;
        this.category = category;
        this.description = description;
        this.occurredOn = occurredOn;
        this.place = place;
        this.platforms = new WordSet(platforms);
        this.riskTags = new WordSet(riskTags);
        this.riskLevel = RiskLevel.from(riskTags, category);
        this.filedBy = filedBy;
        this.openedAt = openedAt;
    }

    /** Gives the case its number once the database gave it an id. */
    public void number(ZoneId zone) {
        if (number == null) {
            number = CaseNumber.of(openedAt, zone, id).value();
        }
    }

    /** A step was worked: an open case enters its protocol (nothing to record when it already had). */
    public Optional<CaseTransition> enterProtocol(Long by, Instant at) {
        return move(CaseAction.WORK, by, at);
    }

    public CaseTransition close(String summary, Long by, Instant at) {
        CaseTransition moved = move(CaseAction.CLOSE, by, at).orElseThrow();
        closingSummary = summary;
        closedAt = at;
        return moved;
    }

    public CaseTransition reopen(Long by, Instant at) {
        CaseTransition moved = move(CaseAction.REOPEN, by, at).orElseThrow();
        closedAt = null;
        reopenCount++;
        return moved;
    }

    /** Moves the case by the lifecycle's table; refuses a move it does not allow; a row when the status changed. */
    private Optional<CaseTransition> move(CaseAction action, Long by, Instant at) {
        CaseStatus from = status;
        status = action.next(from);
        return from == status ? Optional.empty() : Optional.of(new CaseTransition(id, from, status, action, by, at));
    }

    /**
     * The pupil changed school (issue 20): the case goes with its number, protocol, steps and timeline; the old
     * school's filer stops following it ({@link CaseScope}); the timeline and handover record still name them.
     */
    public void handOver(long newSchoolId) {
        if (newSchoolId == schoolId) {
            throw new IllegalArgumentException("a case is handed over to another school");
        }
        this.schoolId = newSchoolId;
        this.filedBy = null;
    }

    public void escalate() {
        escalated = true;
    }

    /** A safeguarding assessment's level (up or down: it keeps its reasons) and danger answers; other tags stay. */
    public void assessRisk(RiskLevel level, Set<String> dangerTags, Set<String> allDangerTags) {
        Set<String> kept = riskTags();
        kept.removeAll(allDangerTags);
        kept.addAll(dangerTags);
        riskTags = new WordSet(kept);
        riskLevel = Objects.requireNonNull(level, "level");
    }

    public void raiseRisk(RiskLevel level) {
        if (level.compareTo(riskLevel) > 0) {
            riskLevel = level;
        }
    }

    /** Re-sorts the case on the dashboards: urgent, then overdue, then open by due date, then closed. */
    public void schedule(Instant earliestDue, boolean pendingUrgentDecision, Instant now) {
        nextDueAt = earliestDue == null ? NOTHING_DUE : earliestDue;
        attention = CaseAttention.of(status, riskLevel, pendingUrgentDecision, nextDueAt, now);
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public Long schoolId() {
        return schoolId;
    }

    public String protocolId() {
        return protocolId;
    }

    public int protocolVersion() {
        return protocolVersion;
    }

    public CaseStatus status() {
        return status;
    }

    public CaseOrigin origin() {
        return origin;
    }

    public Long reportId() {
        return reportId;
    }

    public String category() {
        return category;
    }

    public String description() {
        return description;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String place() {
        return place;
    }

    public Set<String> platforms() {
        return new LinkedHashSet<>(platforms.words());
    }

    public Set<String> riskTags() {
        return new LinkedHashSet<>(riskTags.words());
    }

    public RiskLevel riskLevel() {
        return riskLevel;
    }

    public boolean escalated() {
        return escalated;
    }

    public int attention() {
        return attention;
    }

    public Instant nextDueAt() {
        return nextDueAt;
    }

    public Long filedBy() {
        return filedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closingSummary() {
        return closingSummary;
    }

    /** 0 for the first opening, then one more for each reopening: escalations and follow-ups belong to a cycle. */
    public int cycle() {
        return reopenCount;
    }
}
