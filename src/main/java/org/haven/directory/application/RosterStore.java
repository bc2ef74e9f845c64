package org.haven.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.audit.domain.Actor;
import org.haven.directory.domain.Account;
import org.haven.directory.domain.DirectoryRepository;
import org.haven.directory.domain.District;
import org.haven.directory.domain.PeopleRepository;
import org.haven.directory.domain.Person;
import org.haven.directory.domain.PersonKind;
import org.haven.directory.domain.RoleGrant;
import org.haven.directory.domain.RosterLine;
import org.haven.directory.domain.School;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.haven.directory.application.RosterImport.key;

/**
 * Writes the people, guardianships and accounts of a roster file that {@link RosterImport} checked, in its
 * transaction, each creation audited and the import summed up in one more entry.
 */
@ApplicationScoped
public class RosterStore {

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

    public RosterImport.Outcome store(District district, List<RosterLine> lines, Map<String, School> schools,
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
        RosterImport.Outcome outcome = new RosterImport.Outcome(counts[PersonKind.STUDENT.ordinal()], counts[PersonKind.PARENT.ordinal()],
                counts[PersonKind.STAFF.ordinal()], accounts, List.of());
        audit.record(who.did("ROSTER_IMPORTED", "roster", null, null, summary(fileName, outcome)));
        return outcome;
    }

    private static Long firstChildSchool(RosterLine parent, Map<String, Person> people) {
        return parent.childRefs().stream().map(ref -> people.get(key(ref)))
                .filter(c -> c.school() != null).map(c -> c.school().id()).findFirst().orElse(null);
    }

    private static String summary(String fileName, RosterImport.Outcome o) {
        return (fileName == null ? "" : fileName + ": ") + o.students() + " students, " + o.parents() + " parents, "
                + o.staff() + " staff, " + o.accounts() + " accounts";
    }
}
