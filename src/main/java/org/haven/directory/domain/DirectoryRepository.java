package org.haven.directory.domain;

import org.haven.platform.security.Role;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Storage of the district's directory: district, schools and accounts, and who holds which role. */
public interface DirectoryRepository {

    Optional<District> district();

    District add(District district);

    Optional<School> school(long id);

    Optional<School> schoolByCode(SchoolCode code);

    List<School> schools(Collection<Long> ids);

    List<School> activeSchools();

    School add(School school);

    Optional<Account> account(long id);

    Optional<Account> accountByUsername(String username);

    /**
     * The role grants of an account that may sign in now (enabled, with a password), read in one query by primary
     * key: checked at every request of a web session, so that a role removed or an account disabled binds the
     * sessions already open. Empty when the account is gone or may not sign in.
     */
    Optional<List<RoleGrant>> grantsOfEnabledAccount(long accountId);

    /** The accounts with this e-mail address (case ignored): one for a match, several is ambiguous. */
    List<Account> accountsByEmail(String email);

    Account add(Account account);

    /** Enabled accounts that hold one of these roles in the school. */
    List<Long> accountIdsWithRole(long schoolId, Collection<Role> roles);

    /** Enabled accounts that hold one of these district-wide roles (district lead, administrator). */
    List<Long> accountIdsWithDistrictRole(Collection<Role> roles);
}
