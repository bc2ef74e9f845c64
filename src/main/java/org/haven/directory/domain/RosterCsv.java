package org.haven.directory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a roster file: CSV (RFC 4180 quoting) separated by commas or semicolons, UTF-8, with this header
 * (any column order, names in any case):
 * {@code kind,ref,first_name,last_name,school,class,birth_date,email,role,children,username}.
 * Every line is checked on its own ({@link RosterLineCheck}) and against the others (duplicate references, children that are not
 * students of the file); checks against the database are the importer's. Nothing is half-read: the result
 * holds either lines or errors worth showing.
 */
public final class RosterCsv {

    public static final List<String> COLUMNS = List.of("kind", "ref", "first_name", "last_name", "school", "class",
            "birth_date", "email", "role", "children", "username");
    public static final int MAX_LINES = 20_000;
    public static final int MAX_ERRORS = 200;

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
            schoolCodes = Collections.unmodifiableMap(new TreeMap<>(schoolCodes));
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private RosterCsv() {
    }

    public static Result parse(String content, LocalDate today) {
        List<RosterError> errors = new ArrayList<>();
        List<List<String>> records = CsvRecords.read(content == null ? "" : CsvRecords.stripBom(content), errors);
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
            String school = CsvRecords.cell(record, header, "school").toUpperCase(Locale.ROOT);
            if (SchoolCode.isValid(school)) {
                schoolCodes.put(lineNo, school);
            }
            RosterLine line = RosterLineCheck.line(lineNo, record, header, today, errors);
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
}
