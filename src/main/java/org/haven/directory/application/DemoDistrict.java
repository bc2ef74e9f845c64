package org.haven.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.directory.domain.Account;
import org.haven.directory.domain.DirectoryRepository;
import org.haven.directory.domain.District;
import org.haven.directory.domain.PeopleRepository;
import org.haven.directory.domain.Person;
import org.haven.directory.domain.PersonKind;
import org.haven.directory.domain.RoleGrant;
import org.haven.directory.domain.School;
import org.haven.directory.domain.SchoolCode;
import org.haven.directory.domain.SchoolLevel;
import org.haven.platform.security.PasswordHasher;
import org.haven.platform.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo district loaded on a first run in demo mode: an école, a collège and a lycée with their staff,
 * students and parents. Usernames follow one pattern ({@code head.college}, {@code student.lycee} ...) and share
 * one password, so that scripts and the README can use them.
 */
@ApplicationScoped
public class DemoDistrict {

    public static final String PASSWORD = "Demo-Haven-2026";
    public static final String CODE = "demo";

    private static final PasswordHasher HASHER = new PasswordHasher();

    /** The demo schools: key used in usernames, code, name, level, a class, and the pupils' birth year. */
    private record DemoSchool(String key, String code, String name, SchoolLevel level, String className,
                              int birthYear, String[][] staff, String[][] students, String[] parent) {
    }

    private static final List<DemoSchool> SCHOOLS = List.of(
            new DemoSchool("ecole", "DEMO-ECOLE", "École élémentaire Jean Jaurès", SchoolLevel.PRIMARY, "CM1",
                    2016,
                    new String[][]{{"head", "Hélène", "Roux"}, {"referent", "Karim", "Haddad"},
                            {"teacher", "Sophie", "Lambert"}},
                    new String[][]{{"Lina", "Moreau"}, {"Tom", "Garnier"}, {"Inès", "Faure"}},
                    new String[]{"Claire", "Moreau"}),
            new DemoSchool("college", "DEMO-COLLEGE", "Collège Victor Hugo", SchoolLevel.COLLEGE, "4e B", 2012,
                    new String[][]{{"head", "Marc", "Delmas"}, {"referent", "Aïcha", "Benali"},
                            {"teacher", "Julien", "Perrin"}},
                    new String[][]{{"Léa", "Martin"}, {"Hugo", "Petit"}, {"Chloé", "Nguyen"}},
                    new String[]{"Nathalie", "Martin"}),
            new DemoSchool("lycee", "DEMO-LYCEE", "Lycée Marie Curie", SchoolLevel.LYCEE, "2nde 3", 2009,
                    new String[][]{{"head", "Isabelle", "Fontaine"}, {"referent", "Thomas", "Girard"},
                            {"teacher", "Camille", "Rousseau"}},
                    new String[][]{{"Noah", "Bernard"}, {"Emma", "Lefèvre"}, {"Adam", "Mercier"}},
                    new String[]{"Philippe", "Bernard"}));

    @Inject
    DirectoryRepository directory;

    @Inject
    PeopleRepository people;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Loads the demo district unless a district exists already. Returns the usernames created. */
    @Transactional
    public List<String> loadIfAbsent() {
        if (directory.district().isPresent()) {
            return List.of();
        }
        Instant now = clock.instant();
        District district = directory.add(new District(CODE, "District de démonstration", "FR", now));
        List<String> usernames = new ArrayList<>();
        usernames.add(account(district, "admin", "Paul Martin", null, new RoleGrant(Role.DISTRICT_ADMIN, null)));
        usernames.add(account(district, "lead", "Nadia Benkirane", null, new RoleGrant(Role.DISTRICT_LEAD, null)));
        for (DemoSchool s : SCHOOLS) {
            School school = directory.add(new School(district.id(), new SchoolCode(s.code()), s.name(), s.level(),
                    now));
            for (String[] st : s.staff()) {
                Role role = switch (st[0]) {
                    case "head" -> Role.HEAD_OF_SCHOOL;
                    case "referent" -> Role.REFERENT;
                    default -> Role.TEACHER;
                };
                Person p = person(district, PersonKind.STAFF, s.key() + "-" + st[0], st[1], st[2], school);
                usernames.add(account(district, st[0] + "." + s.key(), p.fullName(), p,
                        new RoleGrant(role, school.id())));
            }
            Person firstStudent = null;
            for (int i = 0; i < s.students().length; i++) {
                String[] name = s.students()[i];
                Person p = person(district, PersonKind.STUDENT, s.key() + "-student-" + (i + 1), name[0], name[1],
                        school);
                p.placeInClass(s.className());
                p.setBirthDate(LocalDate.of(s.birthYear(), 3 + i, 10 + i));
                String username = (i == 0 ? "student." : "student" + (i + 1) + ".") + s.key();
                usernames.add(account(district, username, p.fullName(), p, new RoleGrant(Role.STUDENT, school.id())));
                if (firstStudent == null) {
                    firstStudent = p;
                }
            }
            Person parent = person(district, PersonKind.PARENT, s.key() + "-parent-1", s.parent()[0], s.parent()[1],
                    null);
            parent.addChild(firstStudent);
            usernames.add(account(district, "parent." + s.key(), parent.fullName(), parent,
                    new RoleGrant(Role.PARENT, school.id())));
        }
        audit.record(Actor.SYSTEM.did("DEMO_DISTRICT_LOADED", "district", district.id(), null,
                usernames.size() + " accounts"));
        return usernames;
    }

    private Person person(District d, PersonKind kind, String ref, String first, String last, School school) {
        return people.add(new Person(d.id(), kind, ref, first, last, school, clock.instant()));
    }

    private String account(District d, String username, String displayName, Person person, RoleGrant grant) {
        Account a = new Account(d.id(), username, displayName, clock.instant());
        a.setPasswordHash(HASHER.hash(PASSWORD.toCharArray()));
        a.linkTo(person);
        a.grant(grant);
        directory.add(a);
        return username;
    }
}
