package org.haven.family.application;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.ConfigProvider;
import org.haven.cases.application.CaseDeadlines;
import org.haven.cases.application.CaseOpening;
import org.haven.cases.application.CaseQueries;
import org.haven.cases.application.CaseViews;
import org.haven.cases.application.CaseWork;
import org.haven.cases.application.IncidentForm;
import org.haven.cases.application.PartyInput;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.StepStatus;
import org.haven.directory.application.AccountLogin;
import org.haven.family.domain.MessageKind;
import org.haven.family.domain.ParentSight;
import org.haven.notify.application.MailDeliveries;
import org.haven.notify.application.NotificationCentre;
import org.haven.notify.application.Notifications;
import org.haven.notify.domain.DeliveryStatus;
import org.haven.platform.errors.Conflict;
import org.haven.platform.errors.Forbidden;
import org.haven.platform.errors.NotFound;
import org.haven.platform.persistence.DatabaseMigration;
import org.haven.protocol.application.ProtocolCatalog;
import org.haven.protocol.domain.FormDefinition;
import org.haven.protocol.domain.FormField;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.reporting.application.ReportSubmission;
import org.haven.reporting.domain.ReportForm;
import org.haven.safeguarding.application.ConsentRecords;
import org.haven.safeguarding.domain.ConsentAnswer;
import org.haven.safeguarding.domain.RecipientKind;
import org.haven.testing.ActingAs;
import org.haven.testing.Awaiting;
import org.haven.testing.Db;
import org.haven.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import static org.haven.testing.Db.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications and the parent portal inside Payara Micro, with a real SMTP server (GreenMail, started here on the
 * port the build reserved and gave the application): the e-mails of an urgent report, an overdue step and a parent
 * update, each in its recipient's language with no detail; a failing server, retries, a visible failure and no
 * lost notification; what a parent reaches and sees of a case.
 */
@ExtendWith(ArquillianExtension.class)
class FamilyNotificationsIT {

    private static final String LINK = "https://haven.school.test/account/notifications.xhtml";
    private static volatile GreenMail smtp;

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.haven().addClasses(FamilyNotificationsIT.class, ActingAs.class, Db.class,
                Awaiting.class, Awaiting.Probe.class, Awaiting.Check.class);
        for (String jar : System.getProperty("haven.test.greenmail.jars", "").split(",")) {
            if (!jar.isBlank()) {
                war.addAsLibraries(new File(jar.strip()));
            }
        }
        return war;
    }

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    ReportSubmission submission;

    @Inject
    CaseOpening opening;

    @Inject
    CaseWork work;

    @Inject
    CaseQueries queries;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    ProtocolCatalog catalog;

    @Inject
    AccountLogin login;

    @Inject
    ConsentRecords consent;

    @Inject
    FamilyPortal portal;

    @Inject
    FamilyDesk desk;

    @Inject
    MailDeliveries deliveries;

    @Inject
    NotificationCentre centre;

    @Inject
    Notifications notifications;

    @BeforeEach
    void setUp() throws Exception {
        Db.use(dataSource);
        startSmtp();
        mailbox("referent.college", "en");
        mailbox("head.college", "fr");
        mailbox("parent.college", "en");
        mailbox("parent.lycee", "fr");
    }

    @AfterEach
    void signOut() {
        ActingAs.signOut();
    }

    @Test
    void theEmailsOfAnUrgentReportAnOverdueStepAndAParentUpdateArriveInTheirLanguageWithNoDetail() throws Exception {
        // An urgent report: the referents and the head, at once, by e-mail whatever they chose.
        signIn("referent.college");
        centre.chooseEmail(false);
        ReportForm form = new ReportForm("DEMO-COLLEGE", "THREATS", "Chloé Dubois menace de publier mes photos.",
                LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), "EVERY_DAY", false, List.of("SNAPCHAT"), null,
                false, false, "Léa Martin", "4e B", new ReportForm.RiskAnswers(true, true, true, false, true, false),
                List.of());
        ActingAs.signOut();
        submission.submit(form, List.of(), Optional.empty(), Locale.FRENCH);
        MimeMessage toReferent = awaitMail("referent.college@school.test", "Haven: an urgent report needs you now");
        MimeMessage toHead = awaitMail("head.college@school.test", "Haven : un signalement urgent vous attend");
        for (MimeMessage m : List.of(toReferent, toHead)) {
            String body = text(m);
            assertTrue(body.contains(LINK), body);
            assertNoDetail(m, "Chloé", "Dubois", "Léa", "Martin", "Snapchat", "photos", "4e B");
        }
        assertTrue(text(toReferent).contains("Hello"));
        assertTrue(text(toHead).contains("Bonjour"));

        // A case of student.college: a parent-visible step tells their parent, in English, nothing more.
        signIn("referent.college");
        centre.chooseEmail(true);
        long caseId = caseOf("student.college", "TARGET");
        workUntilDone(caseId, "protect-target");
        MimeMessage toParent = awaitMail("parent.college@school.test", "Haven: there is an update for you");
        String number = (String) Db.single("SELECT number FROM case_file WHERE id = ?", caseId);
        assertNoDetail(toParent, number, firstName("student.college"), "Insultes", "kevin");
        assertTrue(number("SELECT COUNT(*) FROM notification WHERE kind = 'CASE_PARENT_UPDATE' AND record_id = ?"
                + " AND account_id = ?", Long.toString(caseId), accountId("parent.college")) > 0);
        assertEquals(0L, number("SELECT COUNT(*) FROM notification WHERE kind = 'CASE_PARENT_UPDATE' AND record_id"
                + " = ? AND account_id = ?", Long.toString(caseId), accountId("parent.lycee")), "another family");

        // Nobody acts for ten days: the step's owner (the referent, in English) is told it is late.
        deadlines.sweep(Instant.now().plus(Duration.ofDays(10)));
        MimeMessage late = awaitMail("referent.college@school.test", "Haven: a step is late");
        assertNoDetail(late, number);
        awaitTrue(() -> number("SELECT COUNT(*) FROM mail_delivery d JOIN notification n ON n.id = d.notification_id"
                + " WHERE n.kind = 'CASE_STEP_OVERDUE' AND n.record_id = ? AND d.status = 'SENT'",
                Long.toString(caseId)) > 0, "the delivery log says it was sent");

        // In the app only, as the parent chose, for what is not urgent; urgent news still comes by e-mail.
        signIn("parent.college");
        centre.chooseEmail(false);
        long parent = accountId("parent.college");
        long before = number("SELECT COUNT(*) FROM mail_delivery WHERE account_id = ?", parent);
        notifications.notify(List.of(parent), "CASE_PARENT_UPDATE", "family-case", caseId, false);
        assertEquals(before, number("SELECT COUNT(*) FROM mail_delivery WHERE account_id = ?", parent));
        assertTrue(number("SELECT COUNT(*) FROM notification WHERE account_id = ? AND read_at IS NULL", parent) > 0);
        notifications.notify(List.of(parent), "CASE_PARENT_UPDATE", "family-case", caseId, true);
        assertEquals(before + 1, number("SELECT COUNT(*) FROM mail_delivery WHERE account_id = ?", parent));
        centre.chooseEmail(true);
    }

    @Test
    void aFailingSmtpServerLeadsToRetriesAndAVisibleFailureButNeverALostNotification() throws Exception {
        signIn("referent.college");
        centre.chooseEmail(true);
        long caseId = caseOf("student.college", "TARGET");
        workUntilDone(caseId, "protect-target"); // parents follow the case once the protocol has told them
        smtp.stop();
        try {
            signIn("parent.college");
            portal.send(caseId, MessageKind.MEETING_REQUEST, "Mardi ou jeudi après 17 h.");
            long notification = number("SELECT MAX(id) FROM notification WHERE kind = 'FAMILY_MEETING_REQUEST' AND"
                    + " account_id = ? AND record_id = ?", accountId("referent.college"), Long.toString(caseId));
            awaitTrue(() -> number("SELECT attempts FROM mail_delivery WHERE notification_id = ?", notification) >= 1,
                    "tried at once after commit");
            assertEquals("RETRYING", Db.single("SELECT status FROM mail_delivery WHERE notification_id = ?",
                    notification));
            Instant at = Instant.now();
            for (int i = 0; i < 10 && !"FAILED".equals(Db.single("SELECT status FROM mail_delivery WHERE"
                    + " notification_id = ?", notification)); i++) {
                at = at.plus(Duration.ofHours(5));
                deliveries.sendDue(at);
            }
            assertEquals("FAILED", Db.single("SELECT status FROM mail_delivery WHERE notification_id = ?",
                    notification));
            assertEquals(6L, number("SELECT attempts FROM mail_delivery WHERE notification_id = ?", notification));
            assertNotNull(Db.single("SELECT last_error FROM mail_delivery WHERE notification_id = ?", notification));
            assertTrue(number("SELECT COUNT(*) FROM audit_entry WHERE action = 'MAIL_DELIVERY_FAILED'") > 0);

            // The notification itself is there, unread, and says its e-mail failed.
            signIn("referent.college");
            NotificationCentre.Item item = centre.mine().stream().filter(n -> n.id() == notification).findFirst()
                    .orElseThrow();
            assertEquals(DeliveryStatus.FAILED, item.mail());
            assertTrue(item.mailNotSent());
            assertEquals(null, item.readAt());
            assertThrows(Forbidden.class, () -> deliveries.overview());
            signIn("admin");
            MailDeliveries.Overview overview = deliveries.overview();
            assertTrue(overview.configured());
            long deliveryId = overview.problems().stream().filter(d -> d.status() == DeliveryStatus.FAILED
                    && d.address().equals("referent.college@school.test")).findFirst().orElseThrow().id();
            assertTrue(overview.counts().get(DeliveryStatus.FAILED) > 0);

            // The server is back: the administrator's retry delivers it.
            startSmtp();
            deliveries.retry(deliveryId);
            awaitMail("referent.college@school.test", "Haven: something new for you");
            awaitTrue(() -> "SENT".equals(Db.single("SELECT status FROM mail_delivery WHERE id = ?", deliveryId)),
                    "sent after the retry");
        } finally {
            startSmtp();
        }
    }

    @Test
    void aParentReachesOnlyTheirOwnChildsCasesAndOnlyWhatParentsMaySee() throws Exception {
        long caseId = caseOf("student.college", "TARGET");
        // Just filed: the parents neither see nor are told of it before the protocol's step that tells them.
        signIn("parent.college");
        assertTrue(portal.myCases(Locale.ENGLISH).stream().noneMatch(r -> r.caseId() == caseId), "not yet");
        assertThrows(NotFound.class, () -> portal.view(caseId, Locale.ENGLISH));
        assertEquals(0L, number("SELECT COUNT(*) FROM notification WHERE record_id = ? AND account_id = ?",
                Long.toString(caseId), accountId("parent.college")), "not told at the filing");
        signIn("referent.college");
        workUntilDone(caseId, "protect-target");

        signIn("parent.college");
        assertTrue(portal.myCases(Locale.ENGLISH).stream().anyMatch(r -> r.caseId() == caseId));
        FamilyViews.CaseDetail seen = portal.view(caseId, Locale.ENGLISH);
        assertFalse(seen.timeline().isEmpty());
        Set<Long> parentVisible = Set.copyOf(Db.rows("SELECT id FROM case_event WHERE case_id = ? AND parent_visible"
                + " = TRUE", caseId).stream().map(r -> ((Number) r.get("id")).longValue()).toList());
        assertTrue(seen.timeline().stream().allMatch(e -> parentVisible.contains(e.eventId())),
                "only parent-visible entries");
        assertTrue(seen.timeline().stream().anyMatch(e -> e.kind() == EventKind.PROTECTION));
        String all = seen.toString();
        for (String hidden : List.of("Insultes", "kevin", "Réponse de test", "Fait.", "Couloir")) {
            assertFalse(all.contains(hidden), "no facts, notes or other names: " + hidden);
        }
        long entry = seen.timeline().get(0).eventId();
        portal.acknowledge(caseId, entry);
        portal.acknowledge(caseId, entry);
        assertEquals(1L, number("SELECT COUNT(*) FROM family_acknowledgement WHERE case_event_id = ?", entry));
        long staffOnly = number("SELECT MIN(id) FROM case_event WHERE case_id = ? AND parent_visible = FALSE", caseId);
        assertThrows(NotFound.class, () -> portal.acknowledge(caseId, staffOnly), "a staff-only entry is not there for parents");
        portal.send(caseId, MessageKind.MESSAGE, "Merci, pouvons-nous en parler ?");
        assertTrue(number("SELECT COUNT(*) FROM notification WHERE kind = 'FAMILY_MESSAGE' AND record_id = ? AND"
                + " account_id = ?", Long.toString(caseId), accountId("referent.college")) > 0);

        // Another family: not found, whatever the door, and audited.
        signIn("parent.lycee");
        assertTrue(portal.myCases(Locale.FRENCH).stream().noneMatch(r -> r.caseId() == caseId));
        assertThrows(NotFound.class, () -> portal.view(caseId, Locale.FRENCH));
        assertThrows(NotFound.class, () -> portal.acknowledge(caseId, entry));
        assertThrows(NotFound.class,
                () -> portal.send(caseId, MessageKind.MESSAGE, "Bonjour"));
        assertTrue(number("SELECT COUNT(*) FROM audit_entry WHERE action = 'FAMILY_CASE_DENIED' AND record_id = ?",
                Long.toString(caseId)) >= 3);

        // The school answers; the staff side sees the thread and the acknowledgement.
        signIn("referent.college");
        FamilyViews.Desk d = desk.desk(caseId);
        assertEquals(1, d.threads().size());
        assertEquals(1, d.acknowledgements().size());
        desk.reply(caseId, accountId("parent.college"), "Bien sûr, je vous appelle demain.");
        assertTrue(number("SELECT COUNT(*) FROM notification WHERE kind = 'FAMILY_REPLY' AND account_id = ?",
                accountId("parent.college")) > 0);

        // The disclosure record of their own child; once the pupil refuses, the case is gone for the parent.
        long party = number("SELECT id FROM case_party WHERE case_id = ? AND part = 'TARGET'", caseId);
        consent.disclose(caseId, party, RecipientKind.PARENT, "Sa mère", "Les mesures de protection",
                "Information des parents");
        signIn("parent.college");
        assertEquals(1, portal.view(caseId, Locale.ENGLISH).disclosures().size());
        signIn("referent.college");
        consent.record(caseId, party, ConsentAnswer.REFUSES, ConsentAnswer.NOT_ASKED, "Ne veut pas.");
        signIn("parent.college");
        assertThrows(NotFound.class, () -> portal.view(caseId, Locale.ENGLISH), "the pupil's refusal is respected");
        signIn("referent.college");
        assertThrows(Conflict.class,
                () -> desk.reply(caseId, accountId("parent.college"), "x"));
    }

    @Test
    void theParentsOfAnAllegedAuthorSeeOnlyWhatConcernsTheWholeCase() throws Exception {
        long caseId = caseOf("student.college", "ALLEGED_AUTHOR");
        signIn("referent.college");
        workUntilDone(caseId, "protect-target");
        assertEquals(0L, number("SELECT COUNT(*) FROM notification WHERE kind = 'CASE_PARENT_UPDATE' AND record_id"
                + " = ? AND account_id = ?", Long.toString(caseId), accountId("parent.college")),
                "the target's protection is not theirs to be told");
        signIn("parent.college");
        FamilyViews.CaseDetail seen = portal.view(caseId, Locale.FRENCH);
        assertTrue(seen.timeline().stream().allMatch(e -> ParentSight.sees(
                org.haven.cases.domain.PartyRole.ALLEGED_AUTHOR, e.kind())), seen.timeline().toString());
        assertTrue(seen.nextSteps().isEmpty());
        String target = (String) Db.single("SELECT display_name FROM case_party WHERE case_id = ? AND part ="
                + " 'TARGET'", caseId);
        assertFalse(seen.toString().contains(target), "never the targeted pupil's name");
    }

    // --- helpers ---

    private static void startSmtp() {
        GreenMail current = smtp;
        if (current != null && current.isRunning()) {
            return;
        }
        int port = ConfigProvider.getConfig().getValue("haven.smtp.port", Integer.class);
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        smtp = server;
    }

    private static MimeMessage awaitMail(String to, String subject) {
        return Awaiting.value("an e-mail \"" + subject + "\" to " + to, Duration.ofSeconds(30),
                () -> Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                    try {
                        return subject.equals(m.getSubject()) && Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(to));
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst(),
                () -> "received " + Arrays.stream(smtp.getReceivedMessages()).map(m -> {
                    try {
                        return m.getSubject() + " -> " + Arrays.toString(m.getAllRecipients());
                    } catch (Exception e) {
                        return "?";
                    }
                }).toList());
    }

    private static void awaitTrue(BooleanSupplierWithException condition, String what) {
        Awaiting.until(what, Duration.ofSeconds(30), condition::get);
    }

    private interface BooleanSupplierWithException {
        boolean get() throws Exception;
    }

    /** The decoded plain-text body (the raw one is quoted-printable). */
    private static String text(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }

    private static void assertNoDetail(MimeMessage m, String... forbidden) throws Exception {
        String all = m.getSubject() + "\n" + text(m);
        for (String f : forbidden) {
            assertFalse(all.contains(f), "\"" + f + "\" in " + all);
        }
        assertFalse(all.replace(LINK, "").matches("(?s).*\\d.*"), "no number at all: " + all);
    }

    private long caseOf(String pupilUsername, String part) throws Exception {
        long pupil = number("SELECT person_id FROM account WHERE username = ?", pupilUsername);
        long school = number("SELECT id FROM school WHERE code = 'DEMO-COLLEGE'");
        long other = number("SELECT MIN(id) FROM person WHERE kind = 'STUDENT' AND school_id = ? AND id <> ?", school,
                pupil);
        List<PartyInput> parties = part.equals("TARGET")
                ? List.of(new PartyInput(pupil, null, "TARGET"), new PartyInput(null, "« kevin_du_93 »",
                "ALLEGED_AUTHOR"))
                : List.of(new PartyInput(other, null, "TARGET"), new PartyInput(pupil, null, "ALLEGED_AUTHOR"));
        signIn("teacher.college");
        long id = opening.fileIncident(new IncidentForm(school, "INSULTS", "Insultes répétées dans le couloir.",
                LocalDate.now().minusDays(1), "Couloir du 2e étage", Set.of("WHATSAPP"), parties, Set.of(), false,
                true, false)).id();
        ActingAs.signOut();
        return id;
    }

    /** Completes the due steps, round after round, until the given step is done. */
    private void workUntilDone(long id, String target) throws Exception {
        signIn("referent.college"); // holds the training the protocol requires of whoever does its steps
        for (int round = 0; round < 20; round++) {
            CaseViews.Detail d = queries.view(id, Locale.ENGLISH);
            if (d.steps().stream().anyMatch(s -> s.id().equals(target) && s.status().isFinished())) {
                return;
            }
            for (CaseViews.Step s : d.steps().stream().filter(s -> s.status() == StepStatus.DUE).toList()) {
                complete(id, s.id());
            }
        }
        throw new AssertionError(target + " never became due");
    }

    private void complete(long id, String stepId) throws Exception {
        String protocolId = (String) Db.single("SELECT protocol_id FROM case_file WHERE id = ?", id);
        int version = (int) number("SELECT protocol_version FROM case_file WHERE id = ?", id);
        ProtocolDefinition protocol = catalog.pinned(protocolId, version);
        String formId = protocol.step(stepId).orElseThrow().form();
        Map<String, String> values = new HashMap<>();
        if (formId != null) {
            FormDefinition form = protocol.form(formId).orElseThrow();
            for (FormField f : form.fields()) {
                values.put(f.id(), switch (f.type()) {
                    case TEXT, TEXTAREA -> "Réponse de test pour " + f.id();
                    case BOOLEAN -> "false";
                    case DATE -> LocalDate.now().toString();
                    case NUMBER -> Integer.toString(f.min() == null ? 1 : f.min());
                    case CHOICE -> f.options().get(0).id();
                });
            }
        }
        work.completeStep(id, stepId, values, "Fait.");
    }

    private static void mailbox(String username, String language) throws Exception {
        Db.update("UPDATE account SET email = ?, language = ? WHERE username = ?", username + "@school.test",
                language, username);
    }

    private static String firstName(String username) throws Exception {
        return (String) Db.single("SELECT p.first_name FROM person p JOIN account a ON a.person_id = p.id WHERE"
                + " a.username = ?", username);
    }

    private void signIn(String username) throws Exception {
        ActingAs.signIn(login.currentPrincipal(accountId(username)).orElseThrow());
    }

    private static long accountId(String username) throws Exception {
        return number("SELECT id FROM account WHERE username = ?", username);
    }
}
