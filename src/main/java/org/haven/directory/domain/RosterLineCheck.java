package org.haven.directory.domain;

import org.haven.platform.security.Role;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one record of a roster file on its own (kind, reference, names, school, dates, role, children), apart
 * from the checks across lines that {@link RosterCsv} makes, so that each rule of a cell is read in one place.
 */
final class RosterLineCheck {

    private static final Pattern REF = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Set<Role> STAFF_ROLES = Set.of(Role.TEACHER, Role.STAFF, Role.REFERENT, Role.HEAD_OF_SCHOOL);

    private RosterLineCheck() {
    }

    private static String cell(List<String> record, Map<String, Integer> header, String column) {
        return CsvRecords.cell(record, header, column);
    }

    /** The line read from the record, or null once its errors are added. */
    static RosterLine line(int n, List<String> r, Map<String, Integer> h, LocalDate today, List<RosterError> errors) {
        int before = errors.size();
        String kindText = cell(r, h, "kind");
        PersonKind kind = null;
        try {
            kind = kindText.isEmpty() ? null : PersonKind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (kind == null) {
            errors.add(new RosterError(n, "roster.kind.invalid", kindText));
            return null;
        }
        String ref = cell(r, h, "ref");
        if (!REF.matcher(ref).matches()) {
            errors.add(new RosterError(n, "roster.ref.invalid", ref));
        }
        String first = name(n, cell(r, h, "first_name"), "roster.firstName", errors);
        String last = name(n, cell(r, h, "last_name"), "roster.lastName", errors);
        String school = cell(r, h, "school").toUpperCase(Locale.ROOT);
        if (kind != PersonKind.PARENT && school.isEmpty()) {
            errors.add(new RosterError(n, "roster.school.required"));
        } else if (!school.isEmpty() && !SchoolCode.isValid(school)) {
            errors.add(new RosterError(n, "roster.school.invalid", school));
        }
        String className = cell(r, h, "class");
        if (className.length() > 40 || hasControl(className)) {
            errors.add(new RosterError(n, "roster.class.invalid"));
        }
        String birthText = cell(r, h, "birth_date");
        LocalDate birth = birth(n, birthText, today, errors);
        String email = cell(r, h, "email");
        if (!email.isEmpty() && !EmailAddress.isValid(email)) {
            errors.add(new RosterError(n, "roster.email.invalid", email));
        }
        Role role = role(n, kind, cell(r, h, "role"), errors);
        List<String> children = children(n, kind, cell(r, h, "children"), errors);
        String username = cell(r, h, "username").toLowerCase(Locale.ROOT);
        if (!username.isEmpty() && !Account.USERNAME.matcher(username).matches()) {
            errors.add(new RosterError(n, "roster.username.invalid", username));
        }
        if (errors.size() > before) {
            return null;
        }
        return new RosterLine(n, kind, ref, first, last, school.isEmpty() ? null : school,
                className.isEmpty() ? null : className, birth, email.isEmpty() ? null : email, role, children,
                username.isEmpty() ? null : username);
    }

    private static LocalDate birth(int n, String text, LocalDate today, List<RosterError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            LocalDate birth = LocalDate.parse(text);
            if (!birth.isBefore(today) || birth.isBefore(today.minusYears(120))) {
                errors.add(new RosterError(n, "roster.birthDate.invalid", text));
            }
            return birth;
        } catch (DateTimeParseException e) {
            errors.add(new RosterError(n, "roster.birthDate.invalid", text));
            return null;
        }
    }

    private static String name(int n, String value, String keyPrefix, List<RosterError> errors) {
        if (value.isEmpty()) {
            errors.add(new RosterError(n, keyPrefix + ".required"));
        } else if (value.length() > 100 || hasControl(value)) {
            errors.add(new RosterError(n, keyPrefix + ".invalid"));
        }
        return value;
    }

    private static Role role(int n, PersonKind kind, String text, List<RosterError> errors) {
        if (kind != PersonKind.STAFF) {
            if (!text.isEmpty()) {
                errors.add(new RosterError(n, "roster.role.onlyStaff"));
            }
            return kind == PersonKind.STUDENT ? Role.STUDENT : Role.PARENT;
        }
        if (text.isEmpty()) {
            return Role.TEACHER;
        }
        try {
            Role role = Role.fromSecurityName(text);
            if (STAFF_ROLES.contains(role)) {
                return role;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(new RosterError(n, "roster.role.invalid", text));
        return null;
    }

    private static List<String> children(int n, PersonKind kind, String text, List<RosterError> errors) {
        if (text.isEmpty()) {
            return List.of();
        }
        if (kind != PersonKind.PARENT) {
            errors.add(new RosterError(n, "roster.children.onlyParents"));
            return List.of();
        }
        List<String> refs = Arrays.stream(text.split("[|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String ref : refs) {
            if (!REF.matcher(ref).matches()) {
                errors.add(new RosterError(n, "roster.children.invalid", ref));
            }
        }
        return refs;
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }
}
