package org.haven.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.domain.DirectoryRepository;
import org.haven.directory.domain.District;
import org.haven.directory.domain.PeopleRepository;
import org.haven.directory.domain.Person;
import org.haven.directory.domain.PersonKind;
import org.haven.directory.domain.RosterCsv;
import org.haven.directory.domain.RosterError;
import org.haven.directory.domain.RosterLine;
import org.haven.directory.domain.School;
import org.haven.directory.domain.SchoolCode;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports a roster file (students, parents with their children, staff) in one transaction: a file with any
 * error imports nothing and every error is reported with its line, the unknown schools included even when other
 * lines have errors of their own. All or nothing, not line by line: a roster is the school's list at one moment,
 * parents point at children of the same file, and a half-taken file would come back on the next try as a wall of
 * "already in the directory" errors that hide the real ones. Accounts named in the file are created
 * without a password: the district admin sets one (or the person receives it) before they can sign in.
 */
@ApplicationScoped
public class RosterImport {

    /** What an import did, or why it did nothing. */
    public record Outcome(int students, int parents, int staff, int accounts, List<RosterError> errors)
            implements Serializable {
        public boolean imported() {
            return errors.isEmpty();
        }
    }

    @Inject
    DirectoryRepository directory;

    @Inject
    PeopleRepository people;

    @Inject
    RosterStore store;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Transactional
    public Outcome importCsv(String content, String fileName) {
        RosterCsv.Result parsed = RosterCsv.parse(content, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        List<RosterError> errors = new ArrayList<>(parsed.errors());
        Map<String, School> schools = schools(parsed.schoolCodes(), errors);
        if (!parsed.valid()) {
            return refused(errors, fileName);
        }
        District district = directory.district().orElseThrow();
        List<RosterLine> lines = parsed.lines();
        Set<String> fileStudents = new HashSet<>();
        lines.stream().filter(l -> l.kind() == PersonKind.STUDENT).forEach(l -> fileStudents.add(key(l.ref())));
        Set<String> allRefs = new HashSet<>();
        lines.forEach(l -> {
            allRefs.add(l.ref());
            allRefs.addAll(l.childRefs());
        });
        Map<String, Person> existing = new HashMap<>();
        people.peopleByRef(district.id(), allRefs).forEach(p -> existing.put(key(p.externalRef()), p));
        for (RosterLine l : lines) {
            if (existing.containsKey(key(l.ref()))) {
                errors.add(new RosterError(l.line(), "roster.ref.exists", l.ref()));
            }
            if (l.username() != null && directory.accountByUsername(l.username()).isPresent()) {
                errors.add(new RosterError(l.line(), "roster.username.taken", l.username()));
            }
            for (String child : l.childRefs()) {
                Person known = existing.get(key(child));
                boolean isStudent = fileStudents.contains(key(child))
                        || (known != null && known.kind() == PersonKind.STUDENT);
                if (!isStudent) {
                    errors.add(new RosterError(l.line(), "roster.children.unknown", child));
                }
            }
        }
        if (!errors.isEmpty()) {
            return refused(errors, fileName);
        }
        return store.store(district, lines, schools, existing, fileName);
    }

    /** Roster references compare as the database compares them: without regard to case. */
    static String key(String ref) {
        return ref.toLowerCase(Locale.ROOT);
    }

    /** The schools the file names, by code; each line naming an unknown one gets its error. */
    private Map<String, School> schools(Map<Integer, String> codesByLine, List<RosterError> errors) {
        Map<String, School> found = new HashMap<>();
        Set<String> unknown = new HashSet<>();
        codesByLine.forEach((line, code) -> {
            if (!found.containsKey(code) && !unknown.contains(code)) {
                directory.schoolByCode(new SchoolCode(code)).ifPresentOrElse(s -> found.put(code, s),
                        () -> unknown.add(code));
            }
            if (unknown.contains(code)) {
                errors.add(new RosterError(line, "roster.school.unknown", code));
            }
        });
        return found;
    }

    private Outcome refused(List<RosterError> errors, String fileName) {
        errors = errors.stream().sorted(Comparator.comparingInt(RosterError::line)).toList();
        audit.record(actor.get().did("ROSTER_REFUSED", "roster", null, null,
                (fileName == null ? "" : fileName + ": ") + errors.size() + " error(s)"));
        return new Outcome(0, 0, 0, 0, errors);
    }
}
