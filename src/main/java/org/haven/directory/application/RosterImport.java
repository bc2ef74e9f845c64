package org.haven.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.directory.domain.Account;
import org.haven.directory.domain.DirectoryRepository;
import org.haven.directory.domain.PeopleRepository;
import org.haven.directory.domain.District;
import org.haven.directory.domain.Person;
import org.haven.directory.domain.PersonKind;
import org.haven.directory.domain.RoleGrant;
import org.haven.directory.domain.RosterCsv;
import org.haven.directory.domain.RosterError;
import org.haven.directory.domain.RosterLine;
import org.haven.directory.domain.School;
import org.haven.directory.domain.SchoolCode;
import org.haven.platform.security.CurrentActor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
            implements java.io.Serializable {
        public boolean imported() {
            return errors.isEmpty();
        }
    }

    @Inject
    DirectoryRepository directory;

    @Inject
    PeopleRepository people;

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
        return store(district, lines, schools, existing, fileName);
    }

    private Outcome store(District district, List<RosterLine> lines, Map<String, School> schools,
                          Map<String, Person> existing, String fileName) {
        Actor who = actor.get();
        Map<String, Person> created = new HashMap<>(existing);
        int[] counts = new int[PersonKind.values().length];
        int accounts = 0;
        for (RosterLine l : lines) {
            School school = l.schoolCode() == null ? null : schools.get(l.schoolCode());
            Person p = new Person(district.id(), l.kind(), l.ref(), l.firstName(), l.lastName(), school,
                    clock.instant());
            p.placeInClass(l.className());
            p.setBirthDate(l.birthDate());
            p.setEmail(l.email());
            people.add(p);
            created.put(key(l.ref()), p);
            counts[l.kind().ordinal()]++;
            audit.record(who.did("PERSON_CREATED", "person", p.id(), school == null ? null : school.id(),
                    "roster:" + l.kind()));
        }
        for (RosterLine l : lines) {
            Person p = created.get(key(l.ref()));
            l.childRefs().forEach(ref -> p.addChild(created.get(key(ref))));
            if (l.username() != null) {
                Account a = new Account(district.id(), l.username(), p.fullName(), clock.instant());
                a.linkTo(p);
                a.setEmail(l.email());
                Long schoolId = l.kind() == PersonKind.PARENT ? firstChildSchool(l, created) : p.school().id();
                if (schoolId != null) {
                    a.grant(new RoleGrant(l.role(), schoolId));
                }
                directory.add(a);
                accounts++;
                audit.record(who.did("ACCOUNT_CREATED", "account", a.id(), schoolId, "roster:" + l.role()));
            }
        }
        Outcome outcome = new Outcome(counts[PersonKind.STUDENT.ordinal()], counts[PersonKind.PARENT.ordinal()],
                counts[PersonKind.STAFF.ordinal()], accounts, List.of());
        audit.record(who.did("ROSTER_IMPORTED", "roster", null, null, summary(fileName, outcome)));
        return outcome;
    }

    private static Long firstChildSchool(RosterLine parent, Map<String, Person> people) {
        return parent.childRefs().stream().map(ref -> people.get(key(ref)))
                .filter(c -> c.school() != null).map(c -> c.school().id()).findFirst().orElse(null);
    }

    /** Roster references compare as the database compares them: without regard to case. */
    private static String key(String ref) {
        return ref.toLowerCase(java.util.Locale.ROOT);
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
        errors = errors.stream().sorted(java.util.Comparator.comparingInt(RosterError::line)).toList();
        audit.record(actor.get().did("ROSTER_REFUSED", "roster", null, null,
                (fileName == null ? "" : fileName + ": ") + errors.size() + " error(s)"));
        return new Outcome(0, 0, 0, 0, errors);
    }

    private static String summary(String fileName, Outcome o) {
        return (fileName == null ? "" : fileName + ": ") + o.students() + " students, " + o.parents() + " parents, "
                + o.staff() + " staff, " + o.accounts() + " accounts";
    }
}
