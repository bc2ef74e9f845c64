package org.haven.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.domain.DirectorySearch;
import org.haven.directory.domain.DirectorySearch.PupilKey;
import org.haven.directory.domain.Person;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.security.Role;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pupils a roster brought into a school, for the heads of school and referents of that school only: they
 * check that the import took the right children and find a pupil's class. Not for the district lead (who works on
 * escalated cases and figures, not on every child's record), the district admin (no child data) or teachers. The
 * school is checked against the reader's own before the query, which reads that one school's rows; another
 * school's list is "not found", and every page read is audited like any read of child records.
 */
@ApplicationScoped
public class SchoolPupils {

    public static final int PAGE_MAX = 100;
    public static final int SEARCH_MAX = 100;

    /** A pupil as the list shows them. */
    public record Pupil(long id, String firstName, String lastName, String className, LocalDate birthDate)
            implements Serializable {
    }

    /** One page; {@code next} is the opaque {@code after} of the next page, null on the last. */
    public record Page(SchoolView school, List<Pupil> rows, String next) implements Serializable {
    }

    @Inject
    DirectorySearch lists;

    @Inject
    SchoolAdministration schools;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    /** The schools whose pupils the reader may list, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolView> schoolsOfReader() {
        return readable().stream().map(schools::byId).flatMap(Optional::stream)
                .sorted(Comparator.comparing(SchoolView::name)).toList();
    }

    /**
     * A page of the school's pupils whose name or class contains the search.
     *
     * @throws Refusal 404 for a school the reader does not work in as head or referent; 400 for a
     *                               bad {@code after} or a search too long
     */
    @Transactional
    public Page page(long schoolId, String search, String after, int size) {
        if (!readable().contains(schoolId)) {
            audit.recordRefusal(actor.get().did("PUPILS_ACCESS_DENIED", "school", schoolId, schoolId, null));
            throw new NotFound(List.of(new Refusal.FieldError("school",
                    "pupils.school.notFound")));
        }
        String q = search == null ? null : search.strip();
        if (q != null && q.length() > SEARCH_MAX) {
            throw Invalid.of("q", "pupils.search.tooLong", SEARCH_MAX);
        }
        PupilKey key = decode(after);
        int limit = Math.max(1, Math.min(size, PAGE_MAX));
        List<Person> fetched = lists.pupilPage(schoolId, q, key, limit + 1);
        boolean more = fetched.size() > limit;
        List<Person> shown = more ? fetched.subList(0, limit) : fetched;
        List<Pupil> rows = shown.stream()
                .map(p -> new Pupil(p.id(), p.firstName(), p.lastName(), p.className(), p.birthDate())).toList();
        audit.record(actor.get().did("PUPILS_LISTED", "school", schoolId, schoolId, rows.size() + " row(s)"
                + (q == null || q.isEmpty() ? "" : ", searched")));
        SchoolView school = schools.byId(schoolId).orElseThrow();
        return new Page(school, rows, more ? encode(shown.getLast()) : null);
    }

    private Set<Long> readable() {
        return actor.require().schoolsWhere(Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL);
    }

    static String encode(Person p) {
        String text = p.lastName() + "\u0000" + p.firstName() + "\u0000" + p.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static PupilKey decode(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(after.strip()), StandardCharsets.UTF_8)
                    .split("\u0000", -1);
            if (parts.length == 3) {
                return new PupilKey(parts[0], parts[1], Long.parseLong(parts[2]));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw Invalid.of("after", "pupils.cursor.invalid");
    }
}
