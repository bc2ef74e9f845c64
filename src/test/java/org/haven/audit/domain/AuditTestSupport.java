package org.haven.audit.domain;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds audit entries and seals in memory and simulates tampering with stored rows. */
final class AuditTestSupport {

    static final Instant T0 = Instant.parse("2025-03-10T08:00:00.123456789Z");

    private AuditTestSupport() {
    }

    static AuditRecord record(int n) {
        return new AuditRecord(100L + n, "user" + n, "teacher", "ACTION_" + n, "case", "R" + n, 7L,
                "detail " + n);
    }

    /** An entry as the database stores it, numbered {@code id}. */
    static AuditEntry entry(long id) {
        AuditEntry e = AuditEntry.of(T0.plus(Duration.ofSeconds(id)), record((int) id));
        setField(e, "id", id);
        return e;
    }

    /** Entries 1..size, sealed in id order from the genesis. */
    static ChainHead.Sealed sealed(List<AuditEntry> entries) {
        return ChainHead.GENESIS.seal(entries);
    }

    static List<AuditEntry> entries(int size) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            entries.add(entry(i));
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
