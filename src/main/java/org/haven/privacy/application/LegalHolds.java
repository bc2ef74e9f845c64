package org.haven.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.platform.errors.Invalid;
import org.haven.privacy.infrastructure.LegalHoldStore;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Legal holds: a case that a court, the police or an inspection may still ask for is kept whole, whatever its age,
 * until the hold is released. The district admin sets it by case number with a reason (no case contents are shown
 * to them); both are audited with the case's school.
 */
@ApplicationScoped
public class LegalHolds {

    public static final String SET = "LEGAL_HOLD_SET";
    public static final String RELEASED = "LEGAL_HOLD_RELEASED";

    @Inject
    LegalHoldStore store;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A case under hold, as the admin page lists it. */
    public record Hold(String caseNumber, String reason, Instant since) {
    }

    @Transactional
    public void hold(Actor actor, String caseNumber, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500 || why.chars().anyMatch(ch -> ch < 0x20)) {
            throw Invalid.of("reason", "privacy.hold.reason.required");
        }
        Object[] found = find(caseNumber);
        long caseId = ((Number) found[0]).longValue();
        store.setHold(caseId, why, actor.accountId() == null ? 0 : actor.accountId(), clock.instant());
        audit.record(actor.did(SET, "case", caseId, ((Number) found[1]).longValue(), why));
    }

    @Transactional
    public void release(Actor actor, String caseNumber) {
        Object[] found = find(caseNumber);
        long caseId = ((Number) found[0]).longValue();
        store.setHold(caseId, null, 0, clock.instant());
        audit.record(actor.did(RELEASED, "case", caseId, ((Number) found[1]).longValue(), null));
    }

    @Transactional
    public List<Hold> holds() {
        return store.holds().stream().map(r -> new Hold((String) r[0], (String) r[1],
                r[2] instanceof Timestamp t ? t.toInstant() : r[2] instanceof LocalDateTime l
                        ? l.toInstant(ZoneOffset.UTC) : null)).toList();
    }

    private Object[] find(String caseNumber) {
        String number = caseNumber == null ? "" : caseNumber.strip();
        if (number.isEmpty() || number.length() > 20) {
            throw Invalid.of("caseNumber", "privacy.hold.case.unknown");
        }
        return store.caseByNumber(number).orElseThrow(() -> Invalid.of("caseNumber", "privacy.hold.case.unknown"));
    }
}
