package org.haven.directory.application;

import org.haven.directory.domain.Account;
import org.haven.platform.security.Role;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** An account as the admin pages and the API show it (never its password hash). */
public record AccountView(long id, String username, String displayName, String email, String language,
                          boolean enabled, boolean hasPassword, List<Grant> roles, Instant lastLoginAt)
        implements Serializable {

    /** A role and the school it is held in (code null for district roles). */
    public record Grant(Role role, String schoolCode, String schoolName) implements Serializable {
    }

    static AccountView of(Account a, Map<Long, SchoolView> schools) {
        List<Grant> grants = a.roles().stream()
                .map(g -> {
                    SchoolView s = g.schoolId() == null ? null : schools.get(g.schoolId());
                    return new Grant(g.role(), s == null ? null : s.code(), s == null ? null : s.name());
                })
                .sorted(Comparator.comparing(Grant::role).thenComparing(g -> String.valueOf(g.schoolCode())))
                .toList();
        return new AccountView(a.id(), a.username(), a.displayName(), a.email(), a.language(), a.enabled(),
                a.passwordHash() != null, grants, a.lastLoginAt());
    }
}
