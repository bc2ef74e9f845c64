package org.haven.audit.infrastructure;

import org.haven.audit.domain.AuditQuery;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JPQL of one page of the audit log for the filters of an {@link AuditQuery}, newest first, with its
 * parameters; only the filters given become conditions, so that the index on each column serves the query.
 */
record AuditPageQuery(String jpql, Map<String, Object> params) {

    static AuditPageQuery of(AuditQuery q, Long beforeId) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEntry e WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (beforeId != null) {
            jpql.append(" AND e.id < :before");
            params.put("before", beforeId);
        }
        if (q.from() != null) {
            jpql.append(" AND e.occurredAt >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            jpql.append(" AND e.occurredAt < :to");
            params.put("to", q.to());
        }
        if (q.actor() != null) {
            jpql.append(" AND LOWER(e.actor) LIKE :actor");
            params.put("actor", "%" + q.actor().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.action() != null) {
            jpql.append(" AND e.action = :action");
            params.put("action", q.action());
        }
        if (q.recordType() != null) {
            jpql.append(" AND e.recordType = :type");
            params.put("type", q.recordType());
        }
        if (q.recordId() != null) {
            jpql.append(" AND e.recordId = :rid");
            params.put("rid", q.recordId());
        }
        return new AuditPageQuery(jpql.append(" ORDER BY e.id DESC").toString(), params);
    }
}
