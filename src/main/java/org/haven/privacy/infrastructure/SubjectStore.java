package org.haven.privacy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what Haven holds about one person, across the directory, reports, cases and family messages,
 * in SQL for the same reason as RetentionStore: one request, every feature's rows, one transaction with its
 * record and audit entry. Erasure is {@link SubjectErasure}'s.
 */
@ApplicationScoped
public class SubjectStore {

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    /** Who a request names: the account and/or person found by username or by the person's external reference. */
    public record Subject(Long accountId, Long personId) {
    }

    public Optional<Subject> find(String reference) {
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty() || ref.length() > 100) {
            return Optional.empty();
        }
        List<Map<String, Object>> byAccount = rows("SELECT id, person_id FROM account WHERE username = ?1", ref.toLowerCase(Locale.ROOT));
        if (!byAccount.isEmpty()) {
            Map<String, Object> a = byAccount.get(0);
            return Optional.of(new Subject(num(a.get("id")), num(a.get("person_id"))));
        }
        List<Map<String, Object>> byPerson = rows("SELECT p.id, a.id AS account_id FROM person p"
                + " LEFT JOIN account a ON a.person_id = p.id WHERE p.external_ref = ?1", ref);
        if (!byPerson.isEmpty()) {
            Map<String, Object> p = byPerson.get(0);
            return Optional.of(new Subject(num(p.get("account_id")), num(p.get("id"))));
        }
        return Optional.empty();
    }

    public List<Map<String, Object>> account(long accountId) {
        return rows("SELECT username, display_name, email, language, enabled, created_at, last_login_at FROM account"
                + " WHERE id = ?1", accountId);
    }

    public List<Map<String, Object>> roles(long accountId) {
        return rows("SELECT r.role, s.name AS school FROM account_role r LEFT JOIN school s ON s.id = r.school_id"
                + " WHERE r.account_id = ?1", accountId);
    }

    public List<Map<String, Object>> person(long personId) {
        return rows("SELECT p.kind, p.external_ref, p.first_name, p.last_name, p.class_name, p.birth_date, p.email,"
                + " s.name AS school FROM person p LEFT JOIN school s ON s.id = p.school_id WHERE p.id = ?1", personId);
    }

    public List<Map<String, Object>> family(long personId) {
        return rows("SELECT 'child' AS link, c.first_name, c.last_name FROM guardianship g JOIN person c ON c.id = g.child_id"
                + " WHERE g.parent_id = ?1 UNION ALL SELECT 'parent', p.first_name, p.last_name FROM guardianship g"
                + " JOIN person p ON p.id = g.parent_id WHERE g.child_id = ?1", personId);
    }

    public List<Map<String, Object>> reportsBy(long accountId) {
        return rows("SELECT id, created_at, category, description, involved, status, anonymised_at FROM report"
                + " WHERE reporter_account_id = ?1 ORDER BY id", accountId);
    }

    /** The cases where the person is a party, with the part they have in each. */
    public List<Map<String, Object>> casesOf(long personId) {
        return rows("SELECT c.id, c.number, c.status, c.category, c.description, c.closing_summary, c.opened_at,"
                + " c.closed_at, c.legal_hold_at, c.anonymised_at, s.name AS school, p.part FROM case_party p"
                + " JOIN case_file c ON c.id = p.case_id JOIN school s ON s.id = c.school_id WHERE p.person_id = ?1"
                + " ORDER BY c.id", personId);
    }

    public List<Map<String, Object>> partiesOf(long caseId) {
        return rows("SELECT person_id, display_name, part FROM case_party WHERE case_id = ?1", caseId);
    }

    public List<Map<String, Object>> messagesBy(long accountId) {
        return rows("SELECT case_id, body, sent_at FROM family_message WHERE parent_account_id = ?1 ORDER BY sent_at", accountId);
    }

    public List<Map<String, Object>> auditOf(long accountId) {
        return rows("SELECT occurred_at, action, record_type, record_id FROM audit_entry WHERE actor_account_id = ?1"
                + " ORDER BY id DESC LIMIT 1000", accountId);
    }

    /** Cases of the person that must be kept: open, under legal hold, or closed and not yet past retention. */
    public List<Map<String, Object>> casesToKeep(long personId, Instant retentionLimit) {
        return rows("SELECT c.number, c.status, c.legal_hold_at, c.closed_at FROM case_party p"
                + " JOIN case_file c ON c.id = p.case_id WHERE p.person_id = ?1 AND c.anonymised_at IS NULL AND"
                + " (c.status <> 'CLOSED' OR c.legal_hold_at IS NOT NULL OR c.closed_at >= ?2)", personId,
                Timestamp.from(retentionLimit));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        List<String> names = columns(sql);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object r : (List<Object>) q.getResultList()) {
            Object[] values = r instanceof Object[] a ? a : new Object[]{r};
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < names.size() && i < values.length; i++) {
                row.put(names.get(i), values[i]);
            }
            out.add(row);
        }
        return out;
    }

    /** The column names of this class's simple SELECTs: each item's alias, or its column without the table. */
    static List<String> columns(String sql) {
        String list = sql.substring(sql.indexOf("SELECT ") + 7, sql.indexOf(" FROM "));
        List<String> names = new ArrayList<>();
        for (String item : list.split(",")) {
            String it = item.strip();
            int as = it.toUpperCase(Locale.ROOT).lastIndexOf(" AS ");
            String name = as >= 0 ? it.substring(as + 4) : it.substring(it.lastIndexOf('.') + 1);
            names.add(name.strip().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static Long num(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
