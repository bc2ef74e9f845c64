package org.haven.audit.domain;

import java.util.Objects;

/**
 * What happened, by whom, to which record: the content of one audit entry before it is chained.
 *
 * @param actorAccountId the account that acted, or null for an anonymous or unknown actor
 * @param actor          the username (or a fixed label such as {@code anonymous} or {@code system})
 * @param actorRole      the role the actor used, or null
 * @param action         what was done, for example {@code LOGIN_FAILED} or {@code SCHOOL_CREATED}
 * @param recordType     the kind of record touched, or null
 * @param recordId       its identifier, or null
 * @param schoolId       the school the record belongs to, or null
 * @param detail         a short, non-sensitive note, or null
 */
public record AuditRecord(Long actorAccountId, String actor, String actorRole, String action,
                          String recordType, String recordId, Long schoolId, String detail) {

    public static final int ACTOR_MAX = 64;
    public static final int DETAIL_MAX = 500;

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        actor = truncate(actor, ACTOR_MAX);
        detail = detail == null ? null : truncate(detail, DETAIL_MAX);
    }

    private static String truncate(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
