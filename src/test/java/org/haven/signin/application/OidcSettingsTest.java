package org.haven.signin.application;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How the provider's groups map to Haven roles (they can only narrow the directory's roles). */
class OidcSettingsTest {

    private static OidcSettings settings(String claim, String map) {
        OidcSettings s = new OidcSettings();
        s.rolesClaim = claim;
        s.roleMap = map;
        return s;
    }

    @Test
    void withoutAMappingEveryDirectoryRoleStands() {
        assertNull(settings(" ", " ").rolesGranted(List.of("anything")));
        assertNull(settings("groups", " ").rolesGranted(List.of("anything")));
    }

    @Test
    void groupsMapToRolesAndUnknownGroupsToNothing() {
        OidcSettings s = settings("groups", "staff=teacher, staff=referent,pupils=student");

        assertEquals(Set.of("teacher", "referent"), s.rolesGranted(List.of("staff", "unknown")));
        assertEquals(Set.of("student"), s.rolesGranted("pupils"));
        assertEquals(Set.of(), s.rolesGranted(null));
        assertEquals(Set.of(), s.rolesGranted(List.of("district_admin")), "a role name is not a group");
    }
}
