package org.haven.directory.domain;

import org.haven.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);
    private static final String HEADER = "kind,ref,first_name,last_name,school,class,birth_date,email,role,children,username";

    private static String file(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static RosterCsv.Result parse(String... lines) {
        return RosterCsv.parse(file(lines), TODAY);
    }

    /** A student line on the full header, with only the cells that matter overridden. */
    private static String student(String ref) {
        return "student," + ref + ",Alice,Martin,0751234A,5B,2012-03-04,,,,";
    }

    private static void assertError(RosterError error, int line, String key, Object... args) {
        assertEquals(line, error.line(), "line of " + error.key());
        assertEquals(key, error.key());
        assertEquals(Arrays.asList(args), Arrays.asList(error.args()), "args of " + key);
    }

    /** The file has exactly one error, and no lines. */
    private static RosterError single(RosterCsv.Result result) {
        assertFalse(result.valid());
        assertTrue(result.lines().isEmpty(), "a file with errors gives no lines");
        assertEquals(1, result.errors().size(), () -> describe(result.errors()));
        return result.errors().getFirst();
    }

    private static String describe(List<RosterError> errors) {
        return errors.stream().map(e -> e.line() + ":" + e.key() + Arrays.toString(e.args())).toList().toString();
    }

    // ---------------------------------------------------------------- valid files

    @Test
    void readsStudentsParentsAndStaff() {
        RosterCsv.Result result = parse(HEADER,
                "student,S1,Alice,Martin,0751234a,5B,2012-03-04,,,,Alice.M",
                "student,S2,Bob,Durand,0751234A,5B,,,,,",
                "parent,P1,Claire,Martin,,,,claire@example.fr,,S1|S2,claire",
                "staff,T1,Denis,Leroy,0751234A,,,denis@example.fr,referent,,denis",
                "staff,T2,Eve,Petit,0751234A,,,,,,");

        assertTrue(result.valid(), () -> describe(result.errors()));
        List<RosterLine> lines = result.lines();
        assertEquals(5, lines.size());

        RosterLine alice = lines.get(0);
        assertEquals(new RosterLine(2, PersonKind.STUDENT, "S1", "Alice", "Martin", "0751234A", "5B",
                LocalDate.of(2012, 3, 4), null, Role.STUDENT, List.of(), "alice.m"), alice);

        RosterLine bob = lines.get(1);
        assertEquals(3, bob.line());
        assertNull(bob.birthDate());
        assertNull(bob.username());
        assertNull(bob.email());

        RosterLine claire = lines.get(2);
        assertEquals(PersonKind.PARENT, claire.kind());
        assertEquals(Role.PARENT, claire.role());
        assertNull(claire.schoolCode());
        assertNull(claire.className());
        assertEquals("claire@example.fr", claire.email());
        assertEquals(List.of("S1", "S2"), claire.childRefs());

        RosterLine denis = lines.get(3);
        assertEquals(PersonKind.STAFF, denis.kind());
        assertEquals(Role.REFERENT, denis.role());
        assertEquals("denis", denis.username());

        assertEquals(Role.TEACHER, lines.get(4).role(), "a staff line without a role is a teacher");
        assertEquals(6, lines.get(4).line());
    }

    @ParameterizedTest
    @ValueSource(strings = {"teacher", "staff", "referent", "head_of_school", "HEAD_OF_SCHOOL", " Referent "})
    void staffRolesAreAccepted(String role) {
        RosterCsv.Result result = parse(HEADER, "staff,T1,Denis,Leroy,0751234A,,,,"
                + role + ",,");

        assertTrue(result.valid(), () -> describe(result.errors()));
        assertEquals(Role.fromSecurityName(role.strip()), result.lines().getFirst().role());
    }

    @Test
    void kindIsCaseInsensitive() {
        RosterCsv.Result result = parse(HEADER, "STUDENT,S1,Alice,Martin,0751234A,,,,,,",
                "Parent,P1,Claire,Martin,,,,,,S1,");

        assertTrue(result.valid(), () -> describe(result.errors()));
        assertEquals(PersonKind.STUDENT, result.lines().get(0).kind());
        assertEquals(PersonKind.PARENT, result.lines().get(1).kind());
    }

    @Test
    void childrenAreSplitOnPipesAndStripped() {
        RosterCsv.Result result = parse(HEADER, "parent,P1,Claire,Martin,,,,,, S1 | S2 ||S3 ,");

        assertTrue(result.valid(), () -> describe(result.errors()));
        assertEquals(List.of("S1", "S2", "S3"), result.lines().getFirst().childRefs());
    }

    @Test
    void cellsAreStripped() {
        RosterCsv.Result result = parse(HEADER, " student , S1 , Alice , Martin , 0751234a , 5B ,,,,, ");

        assertTrue(result.valid(), () -> describe(result.errors()));
        RosterLine l = result.lines().getFirst();
        assertEquals("S1", l.ref());
        assertEquals("Alice", l.firstName());
        assertEquals("0751234A", l.schoolCode());
        assertEquals("5B", l.className());
    }

    @Test
    void semicolonSeparatorIsDetectedFromTheHeader() {
        RosterCsv.Result result = parse(HEADER.replace(',', ';'),
                "student;S1;Alice;Martin, Jr;0751234A;5B;;;;;",
                "parent;P1;Claire;Martin;;;;;;S1;");

        assertTrue(result.valid(), () -> describe(result.errors()));
        assertEquals("Martin, Jr", result.lines().get(0).lastName(), "commas are plain text in a ; file");
        assertEquals(List.of("S1"), result.lines().get(1).childRefs());
    }

    @Test
    void quotedCellsMayHoldSeparatorsAndDoubledQuotes() {
        RosterCsv.Result result = parse(HEADER,
                "student,S1,\"Anne, Marie\",\"O\"\"Brien\",0751234A,\"5B\",,,,,");

        assertTrue(result.valid(), () -> describe(result.errors()));
        assertEquals("Anne, Marie", result.lines().getFirst().firstName());
        assertEquals("O\"Brien", result.lines().getFirst().lastName());
    }

    @Test
    void quoteInsideAnUnquotedCellIsPlainText() {
        RosterCsv.Result result = parse(HEADER, "student,S1,Alice,O\"Brien,0751234A,,,,,,");

        assertTrue(result.valid(), () -> describe(result.errors()));
        assertEquals("O\"Brien", result.lines().getFirst().lastName());
    }

    @Test
    void quotedEmptyCellIsEmpty() {
        RosterCsv.Result result = parse(HEADER, "student,S1,Alice,Martin,0751234A,\"\",,,,,");

        assertTrue(result.valid(), () -> describe(result.errors()));
        assertNull(result.lines().getFirst().className());
    }

    @Test
    void quotedCellsKeepNewlinesAndSeparators() {
        List<RosterError> errors = new ArrayList<>();

        List<List<String>> records = CsvRecords.read("a,b\n\"line 1\nline 2\",\"x,\"\"y\"\"\"\nc,d\n", errors);

        assertTrue(errors.isEmpty());
        assertEquals(List.of(List.of("a", "b"), List.of("line 1\nline 2", "x,\"y\""), List.of("c", "d")), records);
    }

    @Test
    void newlineInANameIsRefused() {
        RosterCsv.Result result = parse(HEADER, "student,S1,\"Ali\nce\",Martin,0751234A,,,,,,");

        assertError(single(result), 2, "roster.firstName.invalid");
    }

    @Test
    void byteOrderMarkIsIgnored() {
        RosterCsv.Result result = RosterCsv.parse("\uFEFF" + file(HEADER, student("S1")), TODAY);

        assertTrue(result.valid(), () -> describe(result.errors()));
        assertEquals(1, result.lines().size());
    }

    @Test
    void windowsLineEndingsAreAccepted() {
        RosterCsv.Result result = RosterCsv.parse(HEADER + "\r\n" + student("S1") + "\r\n" + student("S2") + "\r\n",
                TODAY);

        assertTrue(result.valid(), () -> describe(result.errors()));
        assertEquals(List.of(2, 3), result.lines().stream().map(RosterLine::line).toList());
        assertEquals("5B", result.lines().getFirst().className(), "no trailing \\r in the last cells");
    }

    @Test
    void fileWithoutFinalNewlineKeepsItsLastLine() {
        RosterCsv.Result result = RosterCsv.parse(HEADER + "\n" + student("S1"), TODAY);

        assertTrue(result.valid(), () -> describe(result.errors()));
        assertEquals(1, result.lines().size());
    }

    @Test
    void headerMayBeInAnyOrderAndCaseWithOnlyTheRequiredColumns() {
        RosterCsv.Result result = parse(" REF ,School,Last_Name,KIND,First_name",
                "S1,0751234a,Martin,student,Alice");

        assertTrue(result.valid(), () -> describe(result.errors()));
        RosterLine l = result.lines().getFirst();
        assertEquals("S1", l.ref());
        assertEquals("Alice", l.firstName());
        assertEquals("Martin", l.lastName());
        assertEquals("0751234A", l.schoolCode());
        assertNull(l.className());
        assertNull(l.username());
        assertEquals(List.of(), l.childRefs());
    }

    @Test
    void blankLinesAreIgnoredButStillCounted() {
        RosterCsv.Result ok = parse(HEADER, "", student("S1"), "   ", student("S2"), "");

        assertTrue(ok.valid(), () -> describe(ok.errors()));
        assertEquals(List.of(3, 5), ok.lines().stream().map(RosterLine::line).toList());

        RosterCsv.Result bad = parse(HEADER, "", "", student("bad ref"));
        assertError(single(bad), 4, "roster.ref.invalid", "bad ref");
    }

    // ---------------------------------------------------------------- file-level errors

    @Test
    void emptyFileIsRefused() {
        assertError(single(RosterCsv.parse("", TODAY)), 0, "roster.empty");
        assertError(single(RosterCsv.parse(null, TODAY)), 0, "roster.empty");
        assertError(single(RosterCsv.parse("\uFEFF", TODAY)), 0, "roster.empty");
    }

    @Test
    void headerOnlyFileIsValidAndEmpty() {
        RosterCsv.Result result = parse(HEADER);

        assertTrue(result.valid());
        assertTrue(result.lines().isEmpty());
    }

    @Test
    void unclosedQuoteIsReportedOnTheLineWhereItOpens() {
        RosterCsv.Result result = parse(HEADER, student("S1"), "student,S2,\"Bob,Durand,0751234A,,,,,,",
                student("S3"));

        assertError(single(result), 3, "roster.quote.unclosed");
    }

    @Test
    void unknownHeaderColumnIsNamed() {
        assertError(single(parse(HEADER + ",Shoe_Size", student("S1") + ",42")), 1, "roster.header.unknown",
                "shoe_size");
    }

    @Test
    void duplicateHeaderColumnIsNamed() {
        assertError(single(parse(HEADER + ",REF", student("S1") + ",S1")), 1, "roster.header.duplicate", "ref");
    }

    @Test
    void missingRequiredColumnIsNamed() {
        assertError(single(parse("kind,ref,first_name,school", "student,S1,Alice,0751234A")), 1,
                "roster.header.missing", "last_name");
    }

    @Test
    void everyUnknownHeaderIsReported() {
        RosterCsv.Result result = parse(HEADER + ",foo,bar", student("S1") + ",x,y");

        assertEquals(2, result.errors().size());
        assertError(result.errors().get(0), 1, "roster.header.unknown", "foo");
        assertError(result.errors().get(1), 1, "roster.header.unknown", "bar");
        assertTrue(result.lines().isEmpty());
    }

    @Test
    void tooManyLinesIsRefused() {
        StringBuilder content = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i <= RosterCsv.MAX_LINES; i++) {
            content.append(student("S" + i)).append('\n');
        }

        assertError(single(RosterCsv.parse(content.toString(), TODAY)), 0, "roster.tooManyLines",
                RosterCsv.MAX_LINES);
    }

    @Test
    void errorsStopAtTheMaximum() {
        StringBuilder content = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < RosterCsv.MAX_ERRORS + 50; i++) {
            content.append("pupil,S").append(i).append(",A,B,0751234A,,,,,,\n");
        }

        RosterCsv.Result result = RosterCsv.parse(content.toString(), TODAY);

        assertEquals(RosterCsv.MAX_ERRORS, result.errors().size());
        assertTrue(result.lines().isEmpty());
    }

    // ---------------------------------------------------------------- line errors

    @Test
    void wrongColumnCountGivesBothCounts() {
        assertError(single(parse(HEADER, "student,S1,Alice,Martin")), 2, "roster.columnCount", 4, 11);
        assertError(single(parse(HEADER, student("S1") + ",extra")), 2, "roster.columnCount", 12, 11);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pupil", "teacher", "students"})
    void invalidKindIsNamed(String kind) {
        assertError(single(parse(HEADER, kind + ",S1,Alice,Martin,0751234A,,,,,,")), 2, "roster.kind.invalid", kind);
    }

    @Test
    void emptyKindIsInvalid() {
        assertError(single(parse(HEADER, ",S1,Alice,Martin,0751234A,,,,,,")), 2, "roster.kind.invalid", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"S 1", "S/1", "é1"})
    void invalidRefIsNamed(String ref) {
        assertError(single(parse(HEADER, student(ref))), 2, "roster.ref.invalid", ref);
    }

    @Test
    void refLongerThan64IsInvalid() {
        String ref = "R".repeat(65);

        assertError(single(parse(HEADER, student(ref))), 2, "roster.ref.invalid", ref);
        assertTrue(parse(HEADER, student("R".repeat(64))).valid());
    }

    @Test
    void duplicateRefNamesTheEarlierLine() {
        RosterCsv.Result result = parse(HEADER, student("S1"), student("S2"), student("S1"));

        assertError(single(result), 4, "roster.ref.duplicate", "S1", 2);
    }

    @Test
    void refIsUniqueAcrossKinds() {
        RosterCsv.Result result = parse(HEADER, student("X1"), "staff,X1,Denis,Leroy,0751234A,,,,,,");

        assertError(single(result), 3, "roster.ref.duplicate", "X1", 2);
    }

    @Test
    void refsDifferingOnlyByCaseAreDuplicates() {
        RosterCsv.Result result = parse(HEADER, student("S1"), student("s1"));

        assertError(single(result), 3, "roster.ref.duplicate", "s1", 2);
    }

    @Test
    void duplicateUsernameNamesTheEarlierLineWhateverTheCase() {
        RosterCsv.Result result = parse(HEADER,
                "student,S1,Alice,Martin,0751234A,,,,,,alice",
                "student,S2,Alice,Morel,0751234A,,,,,,ALICE");

        assertError(single(result), 3, "roster.username.duplicate", "alice", 2);
    }

    @Test
    void invalidUsernameIsNamedInLowerCase() {
        assertError(single(parse(HEADER, "student,S1,Alice,Martin,0751234A,,,,,,Al")), 2,
                "roster.username.invalid", "al");
    }

    @Test
    void missingNamesAreRequired() {
        RosterCsv.Result result = parse(HEADER, "student,S1,,,0751234A,,,,,,");

        assertEquals(2, result.errors().size());
        assertError(result.errors().get(0), 2, "roster.firstName.required");
        assertError(result.errors().get(1), 2, "roster.lastName.required");
    }

    @Test
    void nameLongerThan100IsInvalid() {
        String longName = "N".repeat(101);

        assertError(single(parse(HEADER, "student,S1,Alice," + longName + ",0751234A,,,,,,")), 2,
                "roster.lastName.invalid");
        assertTrue(parse(HEADER, "student,S1,Alice," + "N".repeat(100) + ",0751234A,,,,,,").valid());
    }

    @Test
    void classLongerThan40IsInvalid() {
        assertError(single(parse(HEADER, "student,S1,Alice,Martin,0751234A," + "C".repeat(41) + ",,,,,")), 2,
                "roster.class.invalid");
    }

    @Test
    void badEmailIsNamed() {
        assertError(single(parse(HEADER, "parent,P1,Claire,Martin,,,,not-an-email,,,")), 2, "roster.email.invalid",
                "not-an-email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-09-01", "2025-09-02", "2030-01-01", "1905-08-31", "12/03/2012", "2012-3-4",
            "2012-02-30", "yesterday"})
    void birthDateMustBeAPastIsoDateWithin120Years(String birth) {
        assertError(single(parse(HEADER, "student,S1,Alice,Martin,0751234A,," + birth + ",,,,")), 2,
                "roster.birthDate.invalid", birth);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-08-31", "1905-09-01", "2012-02-29"})
    void birthDateInThePastIsAccepted(String birth) {
        RosterCsv.Result result = parse(HEADER, "student,S1,Alice,Martin,0751234A,," + birth + ",,,,");

        assertTrue(result.valid(), () -> describe(result.errors()));
        assertEquals(LocalDate.parse(birth), result.lines().getFirst().birthDate());
    }

    @Test
    void roleOnAStudentLineIsRefused() {
        assertError(single(parse(HEADER, "student,S1,Alice,Martin,0751234A,,,,teacher,,")), 2,
                "roster.role.onlyStaff");
    }

    @Test
    void roleOnAParentLineIsRefused() {
        assertError(single(parse(HEADER, "parent,P1,Claire,Martin,,,,,parent,,")), 2, "roster.role.onlyStaff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"student", "parent", "district_admin", "district_lead", "janitor"})
    void nonStaffRoleOnAStaffLineIsNamed(String role) {
        assertError(single(parse(HEADER, "staff,T1,Denis,Leroy,0751234A,,,," + role + ",,")), 2,
                "roster.role.invalid", role);
    }

    @Test
    void childrenOnANonParentLineAreRefused() {
        assertError(single(parse(HEADER, "student,S1,Alice,Martin,0751234A,,,,,S2,")), 2,
                "roster.children.onlyParents");
        assertError(single(parse(HEADER, "staff,T1,Denis,Leroy,0751234A,,,,,S2,")), 2,
                "roster.children.onlyParents");
    }

    @Test
    void invalidChildRefIsNamed() {
        RosterError error = single(parse(HEADER, "parent,P1,Claire,Martin,,,,,,S1|bad ref,"));
        assertError(error, 2, "roster.children.invalid", "bad ref");
        assertEquals("children", error.column());
    }

    @Test
    void everyErrorNamesItsColumnOrNoneForTheWholeLine() {
        RosterCsv.Result result = parse(HEADER, "student,S1,,Martin,0751234A,,tomorrow,,,,", "student,S2");

        assertEquals(List.of("first_name", "birth_date"), result.errors().stream().filter(e -> e.line() == 2)
                .map(RosterError::column).toList());
        RosterError columns = result.errors().stream().filter(e -> e.line() == 3).findFirst().orElseThrow();
        assertEquals("roster.columnCount", columns.key());
        assertNull(columns.column());
    }

    @Test
    void schoolCodesOfEveryLineAreKeptForTheDirectoryCheckEvenOnLinesWithOtherErrors() {
        RosterCsv.Result result = parse(HEADER, student("S1"), "student,S2,Bob,,NOPE,,,,,,",
                "student,S3,Carl,Roy,nope2,,2999-01-01,,,,", "student,S4,Dan,Roy,x!y,,,,,,");

        assertFalse(result.valid());
        assertEquals(java.util.Map.of(2, "0751234A", 3, "NOPE", 4, "NOPE2"), result.schoolCodes(),
                "a well-formed code is kept whatever else is wrong on its line; a malformed one has its own error");
    }

    @Test
    void studentAndStaffNeedASchool() {
        assertError(single(parse(HEADER, "student,S1,Alice,Martin,,,,,,,")), 2, "roster.school.required");
        assertError(single(parse(HEADER, "staff,T1,Denis,Leroy,,,,,,,")), 2, "roster.school.required");
    }

    @Test
    void invalidSchoolCodeIsNamedInUpperCase() {
        assertError(single(parse(HEADER, "student,S1,Alice,Martin,ab,,,,,,")), 2, "roster.school.invalid", "AB");
        assertError(single(parse(HEADER, "parent,P1,Claire,Martin,x!y,,,,,,")), 2, "roster.school.invalid", "X!Y");
    }

    @Test
    void everyProblemOfALineIsReported() {
        RosterCsv.Result result = parse(HEADER, "student,bad ref,,Martin,ab,,tomorrow,nope,teacher,S2,A");

        List<String> keys = result.errors().stream().map(RosterError::key).toList();
        assertEquals(List.of("roster.ref.invalid", "roster.firstName.required", "roster.school.invalid",
                "roster.birthDate.invalid", "roster.email.invalid", "roster.role.onlyStaff",
                "roster.children.onlyParents", "roster.username.invalid"), keys);
        assertTrue(result.errors().stream().allMatch(e -> e.line() == 2));
    }

    // ---------------------------------------------------------------- all or nothing, line numbers

    @Test
    void fileWithAnyErrorGivesNoLines() {
        RosterCsv.Result result = parse(HEADER, student("S1"), student("S2"), "student,S3,Carl,,0751234A,,,,,,",
                student("S4"));

        assertError(single(result), 4, "roster.lastName.required");
    }

    @Test
    void errorsCarryTheLineNumberCountingTheHeaderAsLineOne() {
        RosterCsv.Result result = parse(HEADER,
                student("S1"),
                "pupil,S2,A,B,0751234A,,,,,,",
                student("S3"),
                "student,S4,A,B",
                student("S1"));

        assertEquals(3, result.errors().size(), () -> describe(result.errors()));
        assertError(result.errors().get(0), 3, "roster.kind.invalid", "pupil");
        assertError(result.errors().get(1), 5, "roster.columnCount", 4, 11);
        assertError(result.errors().get(2), 6, "roster.ref.duplicate", "S1", 2);
        assertTrue(result.lines().isEmpty());
    }

    @Test
    void aQuotedMultiLineCellCountsAsOneRow() {
        // Line numbers are row numbers, as a spreadsheet shows them: a cell holding a newline does not shift them.
        RosterCsv.Result result = parse(HEADER,
                "student,S1,Alice,Martin,0751234A,\"5B\n(option)\",,,,,",
                "pupil,S2,A,B,0751234A,,,,,,");

        assertEquals(2, result.errors().size(), () -> describe(result.errors()));
        assertError(result.errors().get(0), 2, "roster.class.invalid");
        assertError(result.errors().get(1), 3, "roster.kind.invalid", "pupil");
    }

    @Test
    void unclosedQuoteIsNumberedLikeEveryOtherError() {
        String multiLineRow = "student,S1,Alice,Martin,0751234A,\"5B\n(option)\",,,,,";
        RosterCsv.Result otherError = parse(HEADER, multiLineRow, "pupil,S2,A,B,0751234A,,,,,,");
        RosterCsv.Result unclosed = parse(HEADER, multiLineRow, "student,S2,\"Bob,Durand,0751234A,,,,,,");

        assertEquals(3, otherError.errors().getLast().line());
        assertError(single(unclosed), otherError.errors().getLast().line(), "roster.quote.unclosed");
    }

    @Test
    void lineOfADuplicateRefIsTheFirstValidOne() {
        // A line with errors does not claim its reference: the next line with it is not a duplicate.
        RosterCsv.Result result = parse(HEADER, "student,S1,,Martin,0751234A,,,,,,", student("S1"));

        assertError(single(result), 2, "roster.firstName.required");
    }
}
