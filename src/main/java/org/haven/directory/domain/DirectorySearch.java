package org.haven.directory.domain;

import java.util.List;

/** Search of the directory's long lists (schools, accounts, pupils), one keyset page at a time. */
public interface DirectorySearch {

    /** Schools ordered by name then id, after the given (name, id) key; search matches code or name. */
    List<School> schoolsAfter(String search, String afterName, Long afterId, int limit);

    long countSchools(String search);

    /** Accounts ordered by username after the given one; search matches username or display name. */
    List<Account> accountsAfter(String search, String afterUsername, int limit);

    long countAccounts(String search);

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
}
