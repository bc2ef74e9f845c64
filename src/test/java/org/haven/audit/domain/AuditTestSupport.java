package org.haven.audit.domain;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds audit chains in memory and simulates tampering with stored rows. */
final class AuditTestSupport {

    static final Instant T0 = Instant.parse("2025-03-10T08:00:00.123456789Z");

    private AuditTestSupport() {
    }

    static AuditRecord record(int n) {
        return new AuditRecord(100L + n, "user" + n, "teacher", "ACTION_" + n, "case", "R" + n, 7L,
                "detail " + n);
    }

    /** A chain of {@code size} entries following the genesis, numbered 1..size. */
    static List<AuditEntry> chain(int size) {
        List<AuditEntry> entries = new ArrayList<>();
        long lastId = 0;
        String lastHash = AuditHash.GENESIS;
        for (int i = 1; i <= size; i++) {
            AuditEntry e = AuditEntry.following(lastId, lastHash, T0.plus(Duration.ofSeconds(i)), record(i));
            entries.add(e);
            lastId = e.id();
            lastHash = e.hash();
        }
        return entries;
    }

    /** What someone with write access to the database could do: change a column behind the application. */
    static void setField(Object target, String name, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(name);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static Object getField(Object target, String name) {
        try {
            Field f = target.getClass().getDeclaredField(name);
            f.setAccessible(true);
            return f.get(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
