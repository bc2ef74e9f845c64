package org.haven.signin;

import org.haven.signin.domain.Base32;
import org.haven.signin.domain.Totp;
import org.haven.testing.Db;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * A fresh staff account for a second-factor test, so that no demo account ever gets a second factor (every other
 * test signs in with a password only): a copy of referent.college (its password, roles and school) under a new name.
 */
public final class TestStaff {

    private TestStaff() {
    }

    public static String newReferent(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Db.update("INSERT INTO account (district_id, username, password_hash, display_name, language, enabled, created_at)"
                + " SELECT district_id, ?, password_hash, 'Second factor test', 'en', TRUE, NOW(6) FROM account"
                + " WHERE username = 'referent.college'", username);
        Db.update("INSERT INTO account_role (account_id, role, school_id)"
                + " SELECT (SELECT id FROM account WHERE username = ?), r.role, r.school_id FROM account_role r"
                + " JOIN account a ON a.id = r.account_id WHERE a.username = 'referent.college'", username);
        return username;
    }

    public static long id(String username) {
        return Db.number("SELECT id FROM account WHERE username = ?", username);
    }

    /** The code of the step one after now: accepted (within the window) even after a code of the current step. */
    public static String codeAt(String base32Secret, long stepOffset) {
        return Totp.code(Base32.decode(base32Secret), Totp.stepAt(Instant.now()) + stepOffset);
    }

    /** Six digits that are the code of no step near now: certainly wrong. */
    public static String wrongCode(String base32Secret) {
        byte[] secret = Base32.decode(base32Secret);
        long now = Totp.stepAt(Instant.now());
        Set<String> near = LongStream.rangeClosed(now - 3, now + 3).mapToObj(s -> Totp.code(secret, s))
                .collect(Collectors.toSet());
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", (123_456 + i * 7919) % 1_000_000);
            if (!near.contains(candidate)) {
                return candidate;
            }
        }
    }
}
