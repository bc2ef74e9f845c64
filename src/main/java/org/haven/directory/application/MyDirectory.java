package org.haven.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.domain.Account;
import org.haven.directory.domain.DirectoryRepository;
import org.haven.directory.domain.PeopleRepository;
import org.haven.directory.domain.Person;
import org.haven.directory.domain.PersonKind;
import org.haven.platform.security.HavenPrincipal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the signed-in account may see of the directory about itself: its schools, its own pupil record, its
 * children. Scope comes from the account, never from a parameter; each child record read is audited.
 */
@ApplicationScoped
public class MyDirectory {

    /** A pupil as their parent, or themselves, see them. */
    public record PupilView(long id, String firstName, String lastName, String schoolName, String className,
                            LocalDate birthDate) {

        static PupilView of(Person p) {
            return new PupilView(p.id(), p.firstName(), p.lastName(),
                    p.school() == null ? null : p.school().name(), p.className(), p.birthDate());
        }
    }

    /** A school with how many students and staff it has in the directory (parents belong to no school). */
    public record SchoolFigures(SchoolView school, long students, long staff) {
    }

    @Inject
    DirectoryRepository directory;

    @Inject
    PeopleRepository people;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolView> mySchools() {
        HavenPrincipal me = actor.require();
        return directory.schools(me.schoolIds()).stream().map(SchoolView::of).toList();
    }

    /** The children of the signed-in parent. */
    @Transactional
    public List<PupilView> myChildren() {
        Optional<Person> me = myPerson().filter(p -> p.kind() == PersonKind.PARENT);
        if (me.isEmpty()) {
            return List.of();
        }
        List<PupilView> children = new ArrayList<>();
        for (Person child : people.childrenOf(me.get().id())) {
            audit.record(actor.get().did("CHILD_RECORD_VIEWED", "person", child.id(),
                    child.school() == null ? null : child.school().id(), "guardian"));
            children.add(PupilView.of(child));
        }
        return children;
    }

    /** The signed-in student's own pupil record. */
    @Transactional
    public Optional<PupilView> myPupilRecord() {
        return myPerson().filter(p -> p.kind() == PersonKind.STUDENT).map(p -> {
            audit.record(actor.get().did("CHILD_RECORD_VIEWED", "person", p.id(),
                    p.school() == null ? null : p.school().id(), "self"));
            return PupilView.of(p);
        });
    }

    /** Figures per school: every school for district roles, the account's own schools otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolFigures> schoolFigures() {
        HavenPrincipal me = actor.require();
        boolean district = me.hasRole("district_admin") || me.hasRole("district_lead");
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : people.peopleCounts()) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[3]);
            c[((PersonKind) row[1]).ordinal()] = (Long) row[2];
        }
        List<SchoolView> schools = district
                ? directory.activeSchools().stream().map(SchoolView::of).toList()
                : mySchools();
        return schools.stream().map(s -> {
            long[] c = counts.getOrDefault(s.id(), new long[3]);
            return new SchoolFigures(s, c[PersonKind.STUDENT.ordinal()], c[PersonKind.STAFF.ordinal()]);
        }).toList();
    }

    private Optional<Person> myPerson() {
        HavenPrincipal me = actor.require();
        return directory.account(me.accountId()).map(Account::person);
    }
}
