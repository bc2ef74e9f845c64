package org.haven.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.domain.AuditEntry;
import org.haven.audit.domain.AuditQuery;
import org.haven.audit.domain.AuditRecord;
import org.haven.audit.domain.AuditRepository;
import org.haven.platform.errors.Forbidden;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal;
import org.haven.platform.security.Role;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The audit log as the district administrator reads it (issue 23): filtered, newest first, in keyset pages, each
 * entry with its place in the sealed chain (or waiting to be sealed). Only the district admin: the log says who
 * opened which child's record, which no one else needs to know; the district lead sees cases and figures, not who
 * read what. Reading the log is itself written in it, with the filters used.
 */
@ApplicationScoped
public class AuditReading {

    public static final int PAGE_MAX = 200;

    /** One entry as the page shows it; {@code sealedAt} is its chain position, null while pending. */
    public record Row(long id, Instant at, String actor, String actorRole, String action, String recordType,
                      String recordId, Long schoolId, String detail, Long sealedAt) implements Serializable {
    }

    /** One page; {@code next} is the {@code after} of the next page, null on the last. */
    public record Page(List<Row> rows, String next) implements Serializable {
    }

    @Inject
    AuditRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Transactional
    public Page page(AuditQuery query, String after, int size) {
        if (!actor.require().hasRole(Role.Names.DISTRICT_ADMIN)) {
            throw new Forbidden(List.of(new Refusal.FieldError("audit",
                    "audit.log.forbidden")));
        }
        if (query.from() != null && query.to() != null && !query.to().isAfter(query.from())) {
            throw Invalid.of("to", "audit.log.to.beforeFrom");
        }
        Long before = cursor(after);
        int limit = Math.max(1, Math.min(size, PAGE_MAX));
        List<AuditEntry> fetched = repository.page(query, before, limit + 1);
        boolean more = fetched.size() > limit;
        List<AuditEntry> shown = more ? fetched.subList(0, limit) : fetched;
        Map<Long, Long> seals = repository.sealPositions(shown.stream().map(AuditEntry::id).toList());
        List<Row> rows = shown.stream().map(e -> row(e, seals.get(e.id()))).toList();
        audit.record(actor.get().did("AUDIT_LOG_READ", "audit", null, null, describe(query, rows.size())));
        return new Page(rows, more ? String.valueOf(shown.getLast().id()) : null);
    }

    private static Row row(AuditEntry e, Long seal) {
        AuditRecord r = e.toRecord();
        return new Row(e.id(), e.occurredAt(), r.actor(), r.actorRole(), r.action(), r.recordType(), r.recordId(),
                r.schoolId(), r.detail(), seal);
    }

    private static Long cursor(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(after.strip());
        } catch (NumberFormatException e) {
            throw Invalid.of("after", "audit.log.cursor.invalid");
        }
    }

    /** The filters used and the rows shown, for the entry that records this reading (no names of children). */
    private static String describe(AuditQuery q, int rows) {
        StringBuilder s = new StringBuilder(rows + " row(s)");
        if (q.from() != null) {
            s.append(", from ").append(q.from());
        }
        if (q.to() != null) {
            s.append(", to ").append(q.to());
        }
        if (q.actor() != null) {
            s.append(", actor ").append(q.actor());
        }
        if (q.action() != null) {
            s.append(", action ").append(q.action());
        }
        if (q.recordType() != null) {
            s.append(", record ").append(q.recordType()).append(q.recordId() == null ? "" : " " + q.recordId());
        }
        String text = s.toString();
        return text.length() > 480 ? text.substring(0, 480) : text;
    }
}
