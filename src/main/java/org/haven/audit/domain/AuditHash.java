package org.haven.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that chains an audit entry to the one before it: SHA-256 over the previous hash, the entry's position
 * in the chain and every field of the entry, each field length-prefixed so that no two different entries can
 * produce the same input. Entries written before sealing existed have a position equal to their id, so their
 * stored hashes still check.
 */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(long position, Instant occurredAt, AuditRecord r, String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        append(canonical, previousHash);
        append(canonical, Long.toString(position));
        append(canonical, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt)));
        append(canonical, r.actorAccountId() == null ? null : r.actorAccountId().toString());
        append(canonical, r.actor());
        append(canonical, r.actorRole());
        append(canonical, r.action());
        append(canonical, r.recordType());
        append(canonical, r.recordId());
        append(canonical, r.schoolId() == null ? null : r.schoolId().toString());
        append(canonical, r.detail());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void append(StringBuilder out, String field) {
        if (field == null) {
            out.append("-1:");
        } else {
            out.append(field.length()).append(':').append(field);
        }
        out.append('|');
    }
}
