package org.haven.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.privacy.domain.DataClass;
import org.haven.privacy.domain.Redaction;
import org.haven.privacy.infrastructure.SubjectErasure;
import org.haven.privacy.infrastructure.SubjectExportZip;
import org.haven.privacy.infrastructure.SubjectStore;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Access and erasure requests (GDPR articles 15 and 17), made by the district admin for a named person (an
 * account's username or a person's external reference). The export is everything Haven holds about them, limited
 * by the rights of others in the same files: other parties' names are redacted, in the list of parties and in the
 * texts. Erasure is refused, with the reason, while a case of theirs must be kept (open, under legal hold, or
 * within its retention period); otherwise their names and contacts are replaced and their account closed. Every
 * request is recorded (privacy_request) and audited, an unknown person included.
 */
@ApplicationScoped
public class SubjectRequests {

    public static final String EXPORTED = "SUBJECT_EXPORTED";
    public static final String ERASED = "SUBJECT_ERASED";
    public static final String REFUSED = "SUBJECT_REQUEST_REFUSED";

    @Inject
    SubjectStore store;

    @Inject
    SubjectErasure erasure;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Retention retention;

    /** What became of an erasure request. */
    public record Outcome(String outcome, String reason) {
    }

    /** The ZIP of the person's data, or empty for an unknown person (recorded and audited all the same). */
    @Transactional
    public Optional<byte[]> export(Actor actor, String reference) {
        Optional<SubjectStore.Subject> subject = store.find(reference);
        if (subject.isEmpty()) {
            refuse(actor, "EXPORT", reference, "UNKNOWN_SUBJECT", "unknown person");
            return Optional.empty();
        }
        SubjectStore.Subject s = subject.get();
        Map<String, Object> data = collect(s);
        erasure.recordRequest("EXPORT", reference, s, by(actor), clock.instant(), "DONE", null);
        audit.record(actor.did(EXPORTED, "person", s.personId() != null ? s.personId() : "account:" + s.accountId(), null, null));
        return Optional.of(SubjectExportZip.of(data, clock.instant()));
    }

    @Transactional
    public Outcome erase(Actor actor, String reference) {
        Optional<SubjectStore.Subject> subject = store.find(reference);
        if (subject.isEmpty()) {
            refuse(actor, "ERASURE", reference, "UNKNOWN_SUBJECT", "unknown person");
            return new Outcome("UNKNOWN_SUBJECT", "privacy.erasure.unknown");
        }
        SubjectStore.Subject s = subject.get();
        if (s.personId() != null) {
            List<Map<String, Object>> keep = store.casesToKeep(s.personId(),
                    clock.instant().minus(Duration.ofDays(retention.days(DataClass.CLOSED_CASES))));
            if (!keep.isEmpty()) {
                boolean held = keep.stream().anyMatch(c -> c.get("legal_hold_at") != null);
                String key = held ? "privacy.erasure.refused.hold" : "privacy.erasure.refused.duty";
                refuse(actor, "ERASURE", reference, "REFUSED", (held ? "legal hold" : "case to keep") + " on "
                        + keep.stream().map(c -> String.valueOf(c.get("number"))).toList());
                erasure.recordRequest("ERASURE", reference, s, by(actor), clock.instant(), "REFUSED", key);
                return new Outcome("REFUSED", key);
            }
        }
        erasure.erase(s, clock.instant());
        erasure.recordRequest("ERASURE", reference, s, by(actor), clock.instant(), "DONE", null);
        audit.record(actor.did(ERASED, "person", s.personId() != null ? s.personId() : "account:" + s.accountId(), null, null));
        return new Outcome("DONE", null);
    }

    private Map<String, Object> collect(SubjectStore.Subject s) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (s.accountId() != null) {
            data.put("account", store.account(s.accountId()));
            data.put("roles", store.roles(s.accountId()));
        }
        if (s.personId() != null) {
            data.put("person", store.person(s.personId()));
            data.put("family", store.family(s.personId()));
            List<Map<String, Object>> cases = new ArrayList<>();
            for (Map<String, Object> c : store.casesOf(s.personId())) {
                long caseId = ((Number) c.get("id")).longValue();
                List<Map<String, Object>> parties = store.partiesOf(caseId);
                Redaction redaction = Redaction.keeping(s.personId(), parties);
                Map<String, Object> out = new LinkedHashMap<>(c);
                out.remove("id");
                out.put("description", redaction.apply((String) c.get("description")));
                out.put("closing_summary", redaction.apply((String) c.get("closing_summary")));
                out.put("parties", redaction.parties());
                cases.add(out);
            }
            data.put("cases", cases);
        }
        if (s.accountId() != null) {
            List<Map<String, Object>> reports = new ArrayList<>();
            for (Map<String, Object> r : store.reportsBy(s.accountId())) {
                Map<String, Object> out = new LinkedHashMap<>(r);
                // the people a pupil named in a report are others: their names are not part of the pupil's data
                out.put("involved", r.get("involved") == null ? null : Redaction.MARK);
                reports.add(out);
            }
            data.put("reports", reports);
            data.put("familyMessages", store.messagesBy(s.accountId()));
            data.put("activity", store.auditOf(s.accountId()));
        }
        return data;
    }

    private void refuse(Actor actor, String kind, String reference, String outcome, String why) {
        if ("UNKNOWN_SUBJECT".equals(outcome)) {
            erasure.recordRequest(kind, reference == null ? "" : reference, null, by(actor), clock.instant(), outcome, why);
        }
        audit.record(actor.did(REFUSED, "privacy_request", null, null, kind + ": " + why));
    }

    private static long by(Actor actor) {
        return actor.accountId() == null ? 0 : actor.accountId();
    }
}
