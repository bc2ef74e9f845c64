package org.haven.directory.domain;

import org.haven.platform.security.Role;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a roster file: CSV (RFC 4180 quoting) separated by commas or semicolons, UTF-8, with this header
 * (any column order, names in any case):
 * {@code kind,ref,first_name,last_name,school,class,birth_date,email,role,children,username}.
 * Every line is checked on its own and against the others (duplicate references, children that are not
 * students of the file); checks against the database are the importer's. Nothing is half-read: the result
 * holds either lines or errors worth showing.
 */
public final class RosterCsv {

    public static final List<String> COLUMNS = List.of("kind", "ref", "first_name", "last_name", "school", "class",
            "birth_date", "email", "role", "children", "username");
    public static final int MAX_LINES = 20_000;
    public static final int MAX_ERRORS = 200;
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Set<Role> STAFF_ROLES = Set.of(Role.TEACHER, Role.STAFF, Role.REFERENT, Role.HEAD_OF_SCHOOL);

    /**
     * The outcome of reading a file. {@code schoolCodes} holds, by line number, every well-formed school code the
     * file names, lines with other errors included: the importer checks them against the directory so that an
     * unknown school is reported with the rest, not only once every other error is fixed.
     */
    public record Result(List<RosterLine> lines, List<RosterError> errors, Map<Integer, String> schoolCodes) {
        public Result(List<RosterLine> lines, List<RosterError> errors) {
            this(lines, errors, Map.of());
        }

        public Result {
            schoolCodes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(schoolCodes));
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private RosterCsv() {
    }

    public static Result parse(String content, LocalDate today) {
        List<RosterError> errors = new ArrayList<>();
        List<List<String>> records = records(content == null ? "" : stripBom(content), errors);
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors);
        }
        if (records.stream().allMatch(r -> r.size() == 1 && r.getFirst().isBlank())) {
            return new Result(List.of(), List.of(new RosterError(0, "roster.empty")));
        }
        Map<String, Integer> header = header(records.getFirst(), errors);
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors);
        }
        if (records.size() - 1 > MAX_LINES) {
            return new Result(List.of(), List.of(new RosterError(0, "roster.tooManyLines", MAX_LINES)));
        }
        List<RosterLine> lines = new ArrayList<>();
        Map<String, Integer> refLines = new HashMap<>();
        Map<String, Integer> usernameLines = new HashMap<>();
        Map<Integer, String> schoolCodes = new HashMap<>();
        for (int i = 1; i < records.size() && errors.size() < MAX_ERRORS; i++) {
            List<String> record = records.get(i);
            int lineNo = i + 1;
            if (record.size() == 1 && record.getFirst().isBlank()) {
                continue;
            }
            if (record.size() != header.size()) {
                errors.add(new RosterError(lineNo, "roster.columnCount", record.size(), header.size()));
                continue;
            }
            String school = cell(record, header, "school").toUpperCase(Locale.ROOT);
            if (SchoolCode.isValid(school)) {
                schoolCodes.put(lineNo, school);
            }
            RosterLine line = line(lineNo, record, header, today, errors);
            if (line == null) {
                continue;
            }
            Integer previous = refLines.putIfAbsent(line.ref().toLowerCase(Locale.ROOT), lineNo);
            if (previous != null) {
                errors.add(new RosterError(lineNo, "roster.ref.duplicate", line.ref(), previous));
                continue;
            }
            if (line.username() != null) {
                Integer prevUser = usernameLines.putIfAbsent(line.username(), lineNo);
                if (prevUser != null) {
                    errors.add(new RosterError(lineNo, "roster.username.duplicate", line.username(), prevUser));
                    continue;
                }
            }
            lines.add(line);
        }
        return new Result(errors.isEmpty() ? lines : List.of(), errors, schoolCodes);
    }

    private static RosterLine line(int n, List<String> r, Map<String, Integer> h, LocalDate today,
                                   List<RosterError> errors) {
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
        LocalDate birth = null;
        String birthText = cell(r, h, "birth_date");
        if (!birthText.isEmpty()) {
            try {
                birth = LocalDate.parse(birthText);
                if (!birth.isBefore(today) || birth.isBefore(today.minusYears(120))) {
                    errors.add(new RosterError(n, "roster.birthDate.invalid", birthText));
                }
            } catch (DateTimeParseException e) {
                errors.add(new RosterError(n, "roster.birthDate.invalid", birthText));
            }
        }
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

    private static Map<String, Integer> header(List<String> names, List<RosterError> errors) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                errors.add(new RosterError(1, "roster.header.unknown", name));
            } else if (index.putIfAbsent(name, i) != null) {
                errors.add(new RosterError(1, "roster.header.duplicate", name));
            }
        }
        for (String required : List.of("kind", "ref", "first_name", "last_name", "school")) {
            if (!index.containsKey(required) && errors.isEmpty()) {
                errors.add(new RosterError(1, "roster.header.missing", required));
            }
        }
        return index;
    }

    private static String cell(List<String> record, Map<String, Integer> header, String column) {
        Integer i = header.get(column);
        return i == null ? "" : record.get(i).strip();
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Splits the text into records of cells, honouring quotes; the separator is read from the first line. */
    static List<List<String>> records(String text, List<RosterError> errors) {
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char sep = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == sep) {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            errors.add(new RosterError(records.size() + 1, "roster.quote.unclosed"));
            return List.of();
        }
        if (!cell.isEmpty() || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
