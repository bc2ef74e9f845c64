package org.haven.directory.application;

import org.haven.directory.application.AccountAdministration.GrantRequest;
import org.haven.directory.domain.DirectoryRepository;
import org.haven.directory.domain.RoleGrant;
import org.haven.directory.domain.School;
import org.haven.directory.domain.SchoolCode;
import org.haven.platform.errors.Refusal.FieldError;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The roles asked for a new account turned into grants: a district role as it is, a school role with the school its
 * code names; each request that cannot be granted adds its field error instead.
 */
final class GrantRequests {

    private GrantRequests() {
    }

    static Set<RoleGrant> resolve(DirectoryRepository directory, Collection<GrantRequest> grants,
                                  List<FieldError> errors) {
        Set<RoleGrant> roles = new LinkedHashSet<>();
        if (grants == null || grants.isEmpty()) {
            errors.add(new FieldError("roles", "account.roles.required"));
            return roles;
        }
        for (GrantRequest g : grants) {
            if (g.role() == null) {
                errors.add(new FieldError("roles", "account.role.required"));
            } else if (!g.role().isSchoolScoped()) {
                roles.add(new RoleGrant(g.role(), null));
            } else if (g.schoolCode() == null || g.schoolCode().isBlank()) {
                errors.add(new FieldError("roles", "account.role.schoolRequired"));
            } else {
                var school = SchoolCode.isValid(g.schoolCode())
                        ? directory.schoolByCode(new SchoolCode(g.schoolCode()))
                        : Optional.<School>empty();
                if (school.isEmpty()) {
                    errors.add(new FieldError("roles", "school.unknown", g.schoolCode()));
                } else {
                    roles.add(new RoleGrant(g.role(), school.get().id()));
                }
            }
        }
        return roles;
    }
}
