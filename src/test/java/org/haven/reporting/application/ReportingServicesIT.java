package org.haven.reporting.application;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.AuditEntry;
import org.haven.audit.domain.ChainVerification;
import org.haven.directory.application.AccountLogin;
import org.haven.evidence.domain.EvidenceUpload;
import org.haven.helplines.application.HelpLine;
import org.haven.helplines.application.HelpResources;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.persistence.DatabaseMigration;
import org.haven.reporting.domain.ReportForm;
import org.haven.reporting.domain.ReportStatus;
import org.haven.testing.ActingAs;
import org.haven.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reporting services inside Payara Micro on real MariaDB, for what the REST API cannot show: the staff side
 * (the record scope of the inbox, with {@link ActingAs} standing in for a signed-in account), a report and its
 * files committed all together or not at all (the web form sends files with the report; the REST API cannot),
 * the alerts, the audit entries and the audit chain.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingServicesIT {

    private static final List<String> STORED = List.of("report", "report_link", "report_message", "evidence_file",
            "evidence_chunk", "notification", "audit_entry");

    @Deployment
    static WebArchive deployment() {
        return Deployments.haven().addClasses(ReportingServicesIT.class, ActingAs.class);
    }

    @Inject
    ReportSubmission submission;

    @Inject
    ReportAccess access;

    @Inject
    StaffInbox staff;

    @Inject
    ReporterInbox reporter;

    @Inject
    HelpResources help;

    @Inject
    AccountLogin login;

    @Inject
    AuditLog audit;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @AfterEach
    void signOut() {
        ActingAs.signOut();
    }

    @Test
    void aReferentOfAnotherSchoolCannotSeeTouchOrEvenFindTheReport() throws SQLException {
        long id = submit(form("DEMO-COLLEGE", noRisk()), List.of());
        Map<String, Long> before = counts();

        for (String outsider : List.of("referent.lycee", "head.lycee", "teacher.college", "student.college",
                "admin", "lead")) {
            signIn(outsider);
            assertEquals(Optional.empty(), staff.view(id), outsider);
            assertFalse(staff.inbox().stream().anyMatch(r -> r.id() == id), outsider);
            Refusal e = assertThrows(Refusal.class, () -> staff.answer(id, "Bonjour"));
            assertInstanceOf(NotFound.class, e, outsider + " is told the report does not exist");
            assertThrows(NotFound.class, () -> staff.acknowledgeUrgent(id));
            assertThrows(NotFound.class,
                    () -> staff.changeStatus(id, ReportStatus.CLOSED));
        }

        assertEquals(before, counts(), "no message, no audit entry, nothing read");
        assertEquals("NEW", string("SELECT status FROM report WHERE id = ?", id));
        assertEquals(1L, number("SELECT staff_unread FROM report WHERE id = ?", id), "still unread by its school");
    }

    @Test
    void theReferentAndHeadOfItsSchoolReadAndAnswerIt() throws SQLException {
        long id = submit(form("DEMO-COLLEGE", noRisk()), List.of());

        signIn("referent.college");
        ReportViews.ForStaff seen = staff.view(id).orElseThrow();
        assertTrue(staff.inbox().stream().anyMatch(r -> r.id() == id));
        staff.answer(id, "  Merci de nous avoir écrit. Peux-tu passer au bureau ?  ");
        signIn("head.college");
        assertTrue(staff.view(id).isPresent());
        ActingAs.signOut();
        ReportViews.ForReporter mine = reporter.view(id);

        assertEquals("Ils m’insultent sur Snapchat.", seen.description());
        assertTrue(seen.anonymous());
        assertNull(seen.reporterName());
        assertEquals(ReportStatus.IN_PROGRESS, mine.status(), "the school answered");
        assertEquals(1, mine.messages().size());
        assertFalse(mine.messages().getFirst().fromReporter());
        assertEquals("Merci de nous avoir écrit. Peux-tu passer au bureau ?", mine.messages().getFirst().body());
        List<AuditEntry> history = audit.historyOf("report", Long.toString(id), 20);
        assertTrue(history.stream().anyMatch(e -> e.action().equals("REPORT_VIEWED")
                && e.actor().equals("referent.college")), "every staff read is audited");
        assertTrue(history.stream().anyMatch(e -> e.action().equals("REPORT_MESSAGE_FROM_STAFF")));
        assertEquals(accountId("referent.college"), number("SELECT author_account_id FROM report_message"
                + " WHERE report_id = ? AND from_reporter = FALSE", id), "the school knows which of its staff wrote");
    }

    @Test
    void anUrgentReportAlertsReferentAndHeadAtOnceAndComesFirstInTheirInbox() throws SQLException {
        long quiet = submit(form("DEMO-COLLEGE", noRisk()), List.of());
        long urgent = submit(form("DEMO-COLLEGE", new ReportForm.RiskAnswers(true, false, false, false, false, false)),
                List.of());
        submit(form("DEMO-COLLEGE", noRisk()), List.of());

        Map<Long, String> alerts = new LinkedHashMap<>();
        for (Map<String, Object> row : rows("SELECT account_id, kind, urgent FROM notification WHERE record_type ="
                + " 'report' AND record_id = ?", Long.toString(urgent))) {
            assertEquals(Boolean.TRUE, row.get("urgent"));
            alerts.put(((Number) row.get("account_id")).longValue(), (String) row.get("kind"));
        }
        assertEquals(Map.of(accountId("referent.college"), "REPORT_URGENT", accountId("head.college"),
                "REPORT_URGENT"), alerts, "the referent and the head, not the teacher");
        assertEquals(Set.of("REPORT_NEW"), Set.copyOf(rows("SELECT kind FROM notification WHERE record_type = 'report'"
                + " AND record_id = ?", Long.toString(quiet)).stream().map(r -> (String) r.get("kind")).toList()));

        signIn("referent.college");
        List<ReportViews.InboxRow> inbox = staff.inbox();
        assertTrue(inbox.getFirst().awaitingAcknowledgement(), "urgent and unacknowledged first: " + inbox);
        assertTrue(inbox.stream().takeWhile(ReportViews.InboxRow::awaitingAcknowledgement)
                .anyMatch(r -> r.id() == urgent));
        staff.acknowledgeUrgent(urgent);
        staff.acknowledgeUrgent(urgent);
        assertEquals(1, audit.historyOf("report", Long.toString(urgent), 20).stream()
                .filter(e -> e.action().equals("REPORT_URGENT_ACKNOWLEDGED")).count(), "acknowledged once");
        assertFalse(staff.inbox().stream().anyMatch(r -> r.id() == urgent && r.awaitingAcknowledgement()));
    }

    @Test
    void theInboxIsPagedByKeysetAndEveryReportIsReachableOnce() throws SQLException {
        List<Long> mine = List.of(submit(form("DEMO-COLLEGE", noRisk()), List.of()),
                submit(form("DEMO-COLLEGE", noRisk()), List.of()), submit(form("DEMO-COLLEGE", noRisk()), List.of()));
        signIn("referent.college");
        long total = number("SELECT COUNT(*) FROM report r JOIN school s ON s.id = r.school_id"
                + " WHERE s.code = 'DEMO-COLLEGE'");

        List<Long> walked = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            ReportViews.InboxPage page = staff.page(after, 2);
            assertTrue(page.rows().size() <= 2);
            page.rows().forEach(r -> walked.add(r.id()));
            after = page.next();
            pages++;
        } while (after != null && pages <= total);

        assertEquals(total, walked.size(), "every report of the school once, by pages of 2: " + walked);
        assertEquals(walked.size(), Set.copyOf(walked).size(), "no report twice");
        assertTrue(walked.containsAll(mine));
        assertEquals(staff.page(null, StaffInbox.PAGE).rows().stream().limit(walked.size()).map(ReportViews.InboxRow::id)
                .toList(), walked.subList(0, Math.min(walked.size(), StaffInbox.PAGE)), "same order as one page");
        Refusal bad = assertThrows(Refusal.class, () -> staff.page("not-a-cursor", 2));
        assertEquals("after", bad.errors().getFirst().field());
    }

    @Test
    void anAnonymousReportIsAuditedAsTheReporterAndTheChainHolds() throws SQLException {
        long id = submit(form("DEMO-LYCEE", noRisk()), List.of(new ReportSubmission.Attachment(
                upload("capture.png", png()), "files[0]")));

        List<Map<String, Object>> received = rows("SELECT actor, actor_account_id, actor_role, school_id, detail FROM"
                + " audit_entry WHERE action = 'REPORT_RECEIVED' AND record_id = ?", Long.toString(id));
        ChainVerification chain = audit.verify();

        assertEquals(1, received.size());
        assertEquals("reporter", received.getFirst().get("actor"));
        assertNull(received.getFirst().get("actor_account_id"));
        assertNull(received.getFirst().get("actor_role"));
        assertEquals("1 file(s)", received.getFirst().get("detail"));
        assertEquals(number("SELECT school_id FROM report WHERE id = ?", id),
                ((Number) received.getFirst().get("school_id")).longValue());
        assertTrue(chain.intact(), "first broken entry: " + chain.firstBrokenId());
        assertTrue(chain.entriesChecked() > 0);
    }

    @Test
    void aReportWhoseSecondFileIsRefusedIsNotStoredAtAll() throws SQLException {
        Map<String, Long> before = counts();

        Refusal e = assertThrows(Refusal.class, () -> submission.submit(
                form("DEMO-COLLEGE", new ReportForm.RiskAnswers(false, false, true, false, false, false)),
                List.of(new ReportSubmission.Attachment(upload("ok.png", png()), "files[0]"),
                        new ReportSubmission.Attachment(upload("photo.jpg", elf()), "files[1]")),
                Optional.empty(), Locale.FRENCH));

        assertEquals("files[1]", e.errors().getFirst().field());
        assertEquals("evidence.type", e.errors().getFirst().key());
        assertEquals(before, counts(), "the report, its link, its first file, its alerts: all rolled back");
    }

    @Test
    void aFileOverTenMegabytesIsRefusedMidStreamAndNothingIsKept() throws SQLException {
        Map<String, Long> before = counts();
        byte[] head = png();
        long size = 10L * 1024 * 1024 + 1;
        InputStream big = new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                int b = position < head.length ? head[(int) position] & 0xFF : 0;
                position++;
                return b;
            }
        };

        Refusal e = assertThrows(Refusal.class, () -> submission.submit(
                form("DEMO-COLLEGE", noRisk()), List.of(new ReportSubmission.Attachment(
                        new EvidenceUpload("big.png", big), "files[0]")), Optional.empty(), Locale.ENGLISH));

        assertEquals("evidence.tooLarge", e.errors().getFirst().key());
        assertEquals(before, counts(), "ten chunks were written, then rolled back with the report");
    }

    @Test
    void elevenFilesAreRefusedBeforeAnythingIsRead() throws SQLException {
        Map<String, Long> before = counts();
        List<ReportSubmission.Attachment> eleven = IntStream.range(0, 11)
                .mapToObj(i -> new ReportSubmission.Attachment(upload(i + ".png", png()), "files[" + i + "]"))
                .toList();

        Refusal e = assertThrows(Refusal.class, () -> submission.submit(
                form("DEMO-COLLEGE", noRisk()), eleven, Optional.empty(), Locale.FRENCH));

        assertEquals("files", e.errors().getFirst().field());
        assertEquals("evidence.tooMany", e.errors().getFirst().key());
        assertEquals(before, counts());
    }

    @Test
    void aReportToAnUnknownSchoolIsRefused() throws SQLException {
        Map<String, Long> before = counts();

        Refusal e = assertThrows(Refusal.class, () -> submission.submit(
                form("NO-SUCH-SCHOOL", noRisk()), List.of(), Optional.empty(), Locale.FRENCH));

        assertEquals("schoolCode", e.errors().getFirst().field());
        assertEquals("report.school.unknown", e.errors().getFirst().key());
        assertEquals(before, counts());
    }

    @Test
    void aReceiptOpensItsOwnReportWhateverItsSpacing() {
        Submitted s = submission.submit(form("DEMO-ECOLE", noRisk()), List.of(), Optional.empty(), Locale.FRENCH);
        Submitted other = submission.submit(form("DEMO-ECOLE", noRisk()), List.of(), Optional.empty(), Locale.FRENCH);
        String digits = s.receipt().replace(" ", "");

        Optional<Long> byFormatted = access.open(s.receipt());
        Optional<Long> byDashes = access.open(digits.substring(0, 8) + "-" + digits.substring(8));
        Optional<Long> byOther = access.open(other.receipt());

        assertTrue(byFormatted.isPresent());
        assertEquals(byFormatted, byDashes);
        assertTrue(byOther.isPresent());
        assertFalse(byFormatted.equals(byOther));
        assertEquals(Optional.empty(), access.open(digits.substring(0, 15)));
        assertEquals(Optional.empty(), access.open(digits.substring(0, 15) + ((digits.charAt(15) - '0' + 1) % 10)));
        assertEquals(Optional.empty(), access.open(null));
        ReportAccess.Token t = access.token(s.receipt()).orElseThrow();
        assertEquals(byFormatted, access.reportOfToken(t.token()));
        assertEquals(Optional.empty(), access.reportOfToken(t.token() + "x"));
    }

    @Test
    void theHelpLinesFitTheDangerDescribed() {
        assertEquals(List.of("112", "119", "3018", "3020"), phones(help.forRisks("FR", Set.of("IMMEDIATE_DANGER"),
                Locale.FRENCH)));
        assertEquals(List.of("3018", "3020"), phones(help.forRisks("FR", Set.of("INTIMATE_IMAGES"), Locale.ENGLISH)));
        assertEquals(List.of("119", "3018", "3020"), phones(help.forRisks("FR", Set.of("BLACKMAIL"), Locale.FRENCH)));
        assertEquals(List.of("112", "3018", "3020"), phones(help.forRisks("FR", Set.of("LOCATION_SHARED"),
                Locale.FRENCH)));
        assertEquals(List.of("3018", "3020"), phones(help.forRisks("FR", Set.of(), Locale.FRENCH)));
        assertEquals("Emergency services", help.forRisks("FR", Set.of("IMMEDIATE_DANGER"), Locale.ENGLISH)
                .getFirst().name());
        assertEquals(List.of(), help.forRisks("ZZ", Set.of("SELF_HARM"), Locale.FRENCH));
    }

    // ---------------------------------------------------------------------------------------------------------

    private long submit(ReportForm form, List<ReportSubmission.Attachment> files) throws SQLException {
        Submitted s = submission.submit(form, files, Optional.empty(), Locale.FRENCH);
        return number("SELECT id FROM report WHERE content_fingerprint = ?", s.fingerprint());
    }

    private static ReportForm form(String school, ReportForm.RiskAnswers risk) {
        return new ReportForm(school, "INSULTS", "Ils m’insultent sur Snapchat.",
                LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), "EVERY_DAY", false, List.of("SNAPCHAT"), null,
                false, true, null, null, risk, List.of(new ReportForm.LinkForm("https://www.snapchat.com/add/x",
                        null, null)));
    }

    private static ReportForm.RiskAnswers noRisk() {
        return new ReportForm.RiskAnswers(false, false, false, false, false, false);
    }

    private void signIn(String username) throws SQLException {
        ActingAs.signIn(login.currentPrincipal(accountId(username)).orElseThrow());
    }

    private long accountId(String username) throws SQLException {
        return number("SELECT id FROM account WHERE username = ?", username);
    }

    private static EvidenceUpload upload(String name, byte[] bytes) {
        return new EvidenceUpload(name, new ByteArrayInputStream(bytes));
    }

    /** A PNG's start and its end chunk (IEND): the vault refuses a PNG cut before its end. */
    private static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60,
                (byte) 0x82};
    }

    private static byte[] elf() {
        return new byte[]{0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    }

    private static List<String> phones(List<HelpLine> lines) {
        return lines.stream().map(HelpLine::phone).toList();
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : STORED) {
            counts.put(table, number("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    private Long number(String sql, Object... params) throws SQLException {
        List<Map<String, Object>> rows = rows(sql, params);
        if (rows.isEmpty()) {
            return null;
        }
        Object v = rows.getFirst().values().iterator().next();
        return v == null ? null : v instanceof Boolean b ? (b ? 1L : 0L) : ((Number) v).longValue();
    }

    private String string(String sql, Object... params) throws SQLException {
        return (String) rows(sql, params).getFirst().values().iterator().next();
    }

    private List<Map<String, Object>> rows(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
