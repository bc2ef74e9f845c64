package org.haven.audit.domain;

/**
 * Who acts: an account (with the role it acts under), or the system itself (start-up, scheduled jobs).
 */
public record Actor(Long accountId, String name, String role) {

    public static final Actor SYSTEM = new Actor(null, "system", null);

    public AuditRecord did(String action, String recordType, Object recordId, Long schoolId, String detail) {
        return new AuditRecord(accountId, name, role, action, recordType,
                recordId == null ? null : recordId.toString(), schoolId, detail);
    }
}
