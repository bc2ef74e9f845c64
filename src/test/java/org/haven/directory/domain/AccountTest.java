package org.haven.directory.domain;

import org.haven.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"abc", "alice.martin", "a_b-c.d", "0751234a"})
    void acceptsValidUsernames(String username) {
        assertEquals(username, new Account(1L, username, "Someone", NOW).username());
        assertTrue(Account.USERNAME.matcher(username).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "Alice", "alice martin", ".alice", "-alice", "_alice", "alice@school",
            "élève", "alice!"})
    void rejectsInvalidUsernames(String username) {
        assertThrows(IllegalArgumentException.class, () -> new Account(1L, username, "Someone", NOW));
    }

    @Test
    void acceptsUsernameOfExactly64() {
        String username = "x".repeat(64);

        assertEquals(username, new Account(1L, username, "Someone", NOW).username());
    }

    @Test
    void rejectsUsernameLongerThan64() {
        String username = "x".repeat(65);

        assertThrows(IllegalArgumentException.class, () -> new Account(1L, username, "Someone", NOW));
    }

    @Test
    void requiresDistrictUsernameAndDisplayName() {
        assertThrows(NullPointerException.class, () -> new Account(null, "alice", "Alice", NOW));
        assertThrows(NullPointerException.class, () -> new Account(1L, null, "Alice", NOW));
        assertThrows(NullPointerException.class, () -> new Account(1L, "alice", null, NOW));
        assertThrows(NullPointerException.class, () -> new Account(1L, "alice", "Alice", null));
    }

    @Test
    void newAccountCannotLogInUntilItHasAPassword() {
        Account account = new Account(1L, "alice", "Alice", NOW);

        assertFalse(account.canLogIn());
        account.setPasswordHash("pbkdf2-sha256$210000$x$y");
        assertTrue(account.canLogIn());
        account.setEnabled(false);
        assertFalse(account.canLogIn());
    }

    @Test
    void defaultLanguageIsFrench() {
        assertEquals("fr", new Account(1L, "alice", "Alice", NOW).language());
    }

    @Test
    void rolesAreACopyAndGrantsAreNotDuplicated() {
        Account account = new Account(1L, "alice", "Alice", NOW);
        account.grant(new RoleGrant(Role.TEACHER, 3L));
        account.grant(new RoleGrant(Role.TEACHER, 3L));
        account.grant(new RoleGrant(Role.REFERENT, 2L));
        account.grant(new RoleGrant(Role.DISTRICT_LEAD, null));

        Set<RoleGrant> roles = account.roles();

        assertEquals(3, roles.size());
        assertThrows(UnsupportedOperationException.class, () -> roles.add(new RoleGrant(Role.STAFF, 1L)));
        assertEquals(List.of(2L, 3L), account.schoolIds(), "distinct, sorted, without district roles");
    }

    @Test
    void replaceRolesDropsTheOldOnes() {
        Account account = new Account(1L, "alice", "Alice", NOW);
        account.grant(new RoleGrant(Role.TEACHER, 3L));

        account.replaceRoles(Set.of(new RoleGrant(Role.DISTRICT_ADMIN, null)));

        assertEquals(Set.of(new RoleGrant(Role.DISTRICT_ADMIN, null)), account.roles());
        assertEquals(List.of(), account.schoolIds());
    }
}
