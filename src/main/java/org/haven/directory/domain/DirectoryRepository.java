package org.haven.directory.domain;

import org.haven.platform.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Storage of the district's directory: district, schools, people and accounts. */
public interface DirectoryRepository {

    Optional<District> district();

    District add(District district);

    Optional<School> school(long id);

    Optional<School> schoolByCode(SchoolCode code);

    List<School> schools(Collection<Long> ids);

    /** Schools ordered by name then id, after the given (name, id) key; search matches code or name. */
    List<School> schoolsAfter(String search, String afterName, Long afterId, int limit);

    long countSchools(String search);

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

    /** Accounts ordered by username after the given one; search matches username or display name. */
    List<Account> accountsAfter(String search, String afterUsername, int limit);

    long countAccounts(String search);

    Account add(Account account);

    Optional<Person> person(long id);

    /** People of the district with one of these roster references. */
    List<Person> peopleByRef(long districtId, Collection<String> refs);

    Person add(Person person);

    /** Students of a school whose name matches the search (or all), ordered by last then first name. */
    List<Person> pupilsOf(long schoolId, String search, int limit);

    /**
     * One keyset page of a school's students, by last name, first name and id, after the given one (none: from the
     * start), whose name or class contains the search; {@code limit} rows at most. Only that school's rows are read.
     */
    List<Person> pupilPage(long schoolId, String search, PupilKey after, int limit);

    /** Where a page of pupils stopped: the last row's last name, first name and id. */
    record PupilKey(String lastName, String firstName, long id) {
    }

    /** The students a parent person is responsible for. */
    List<Person> childrenOf(long parentPersonId);

    /** Enabled accounts of the parents (guardianship) of a pupil. */
    List<Long> guardianAccountIds(long childPersonId);

    /** Enabled accounts that hold one of these roles in the school. */
    List<Long> accountIdsWithRole(long schoolId, Collection<Role> roles);

    /** Enabled accounts that hold one of these district-wide roles (district lead, administrator). */
    List<Long> accountIdsWithDistrictRole(Collection<Role> roles);

    /** Counts of people per school and kind: [schoolId, kind, count]. */
    List<Object[]> peopleCounts();
}
