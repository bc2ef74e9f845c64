package org.haven.safeguarding.application;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.haven.cases.application.CaseDeadlines;
import org.haven.cases.application.CaseOpening;
import org.haven.cases.application.CaseQueries;
import org.haven.cases.application.CaseViews;
import org.haven.cases.application.IncidentForm;
import org.haven.cases.application.PartyInput;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.RiskLevel;
import org.haven.directory.application.AccountLogin;
import org.haven.platform.errors.Conflict;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.persistence.DatabaseMigration;
import org.haven.safeguarding.domain.CalledParty;
import org.haven.safeguarding.domain.ConsentScope;
import org.haven.safeguarding.domain.Referral;
import org.haven.safeguarding.domain.ReferralDocument;
import org.haven.safeguarding.domain.ReferralKind;
import org.haven.safeguarding.domain.ReferralStatus;
import org.haven.safeguarding.domain.RiskAnswers;
import org.haven.safeguarding.domain.RiskDuration;
import org.haven.safeguarding.domain.RiskFrequency;
import org.haven.safeguarding.domain.SupportKind;
import org.haven.safeguarding.domain.SupportStatus;
import org.haven.testing.ActingAs;
import org.haven.testing.Db;
import org.haven.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import static org.haven.testing.Db.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Safeguarding inside Payara Micro on real MariaDB: an urgent assessment notifies and escalates on time (the
 * deadline sweep at chosen instants), a referral needs the pupil's consent or a stated override, its PDF is
 * generated and reads back, protocol rules draft referrals that remind when late, and every step is on the
 * timeline and in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class SafeguardingServicesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.haven().addClasses(SafeguardingServicesIT.class, ActingAs.class, Db.class);
    }

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    CaseOpening opening;

    @Inject
    CaseQueries caseQueries;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    AccountLogin login;

    @Inject
    RiskAssessments risk;

    @Inject
    UrgentDecisions urgent;

    @Inject
    Referrals referrals;

    @Inject
    ConsentRecords consent;

    @Inject
    SupportPlans support;

    @Inject
    SafeguardingQueries queries;

    @BeforeEach
    void useTheApplicationsDatabase() {
        Db.use(dataSource);
    }

    @AfterEach
    void signOut() {
        ActingAs.signOut();
    }

    @Test
    void selfHarmFoundByTheAssessmentNotifiesAtOnceAndEscalatesUntilTheHeadDecides() throws Exception {
        signIn("teacher.college");
        long id = opening.fileIncident(incident(Set.of())).id();
        assertEquals("LOW", Db.single("SELECT risk_level FROM case_file WHERE id = ?", id));

        signIn("referent.college");
        Instant start = Instant.now();
        risk.assess(id, answers(false, true, false), "Elle a dit vouloir « disparaître ».");
        assertEquals("IMMEDIATE", Db.single("SELECT risk_level FROM case_file WHERE id = ?", id));
        assertEquals(0L, number("SELECT attention FROM case_file WHERE id = ?", id), "first on every dashboard");
        assertTrue(((String) Db.single("SELECT risk_tags FROM case_file WHERE id = ?", id)).contains("self_harm"));
        for (String who : List.of("head.college", "lead")) {
            assertTrue(notifications(id, "CASE_ESCALATION", who) > 0, who + " told at once");
        }
        SafeguardingViews.Overview o = queries.overview(id);
        assertEquals(RiskLevel.IMMEDIATE, o.latest().level());
        assertEquals("self_harm", o.latest().reasons().get(0), "the reasons are shown, strongest first");
        SafeguardingViews.Pending pending = o.pending().get(0);
        assertEquals("danger-to-life", pending.ruleId(), "the protocol's own rule asks for the decision");
        assertEquals(1, o.pending().size(), "no second decision asked on top of the protocol's");
        assertTrue(Duration.between(start, pending.dueAt()).compareTo(Duration.ofMinutes(61)) <= 0,
                "within the protocol's hour");

        // Undecided: escalated again at each window until decided.
        deadlines.sweep(start.plus(Duration.ofMinutes(90)));
        long late = notifications(id, "CASE_DECISION_LATE", null);
        assertTrue(late >= 2, "head and district lead told the decision is late");
        deadlines.sweep(start.plus(Duration.ofMinutes(100)));
        assertEquals(late, notifications(id, "CASE_DECISION_LATE", null), "not again within the window");
        deadlines.sweep(start.plus(Duration.ofMinutes(160)));
        assertTrue(notifications(id, "CASE_DECISION_LATE", null) > late, "escalated again after another window");
        assertEquals(2L, number("SELECT reminders FROM case_escalation WHERE id = ?", pending.escalationId()));

        signIn("head.college");
        Refusal empty = assertThrows(Refusal.class,
                () -> urgent.record(id, pending.escalationId(), Set.of(), null, " "));
        assertEquals(Set.of("called", "calledAt", "result"), fields(empty));
        urgent.record(id, pending.escalationId(), Set.of(CalledParty.PARENTS, CalledParty.HEALTH),
                Instant.now().minus(Duration.ofMinutes(5)), "Mère venue la chercher ; rendez-vous CMP demain 9 h.");
        assertTrue(queries.overview(id).pending().isEmpty());
        long afterDecision = notifications(id, "CASE_DECISION_LATE", null);
        deadlines.sweep(start.plus(Duration.ofHours(6)));
        assertEquals(afterDecision, notifications(id, "CASE_DECISION_LATE", null), "a decided case stays quiet");
        assertEquals(1, queries.overview(id).decisions().size());

        List<EventKind> kinds = timeline(id);
        assertTrue(kinds.containsAll(List.of(EventKind.RISK_ASSESSED, EventKind.ESCALATION,
                EventKind.DECISION_RECORDED)), kinds.toString());
        assertAudited(id, "RISK_ASSESSED", "CASE_DECISION_LATE", "URGENT_DECISION_RECORDED", "CASE_DECISION_RECORDED",
                "SAFEGUARDING_VIEWED");
    }

    @Test
    void aHighRiskWithoutAProtocolDecisionAsksForOneAndTellsTheDistrictLead() throws Exception {
        signIn("teacher.college");
        long id = opening.fileIncident(incident(Set.of())).id();
        signIn("referent.college");
        RiskAnswers combined = new RiskAnswers(false, false, false, false, false, false, RiskDuration.MONTHS,
                RiskFrequency.DAILY, true, true);
        risk.assess(id, combined, null);
        SafeguardingViews.Overview o = queries.overview(id);
        assertEquals(RiskLevel.HIGH, o.risk());
        assertTrue(o.latest().reasons().contains("combined"), o.latest().reasons().toString());
        assertEquals(RiskAssessments.URGENT_RULE, o.pending().get(0).ruleId());
        assertTrue(notifications(id, "CASE_DECISION_REQUIRED", "lead") > 0);
        assertEquals(1L, number("SELECT COUNT(*) FROM case_file WHERE id = ? AND escalated = TRUE AND attention = 0",
                id), "escalated to the district and first on the dashboards");

        // Redone lower: only by the head of school, with a reason; the history stays and the level follows.
        assertEquals("risk.lower.headOnly", assertThrows(Refusal.class, () -> risk.assess(id,
                answers(false, false, false), "Les faits ont cessé.", "Mise à l’écart.")).errors().get(0).key());
        signIn("head.college");
        assertEquals("risk.lower.reasonRequired", assertThrows(Refusal.class, () -> risk.assess(id,
                answers(false, false, false), "Les faits ont cessé.", "  ")).errors().get(0).key());
        assertEquals("HIGH", Db.single("SELECT risk_level FROM case_file WHERE id = ?", id), "refusals change nothing");
        risk.assess(id, answers(false, false, false), "Les faits ont cessé depuis la mise à l’écart.",
                "Les auteurs ont changé d’établissement.");
        assertEquals(2, queries.overview(id).history().size());
        assertEquals("LOW", Db.single("SELECT risk_level FROM case_file WHERE id = ?", id));
        assertEquals(RiskLevel.HIGH, queries.overview(id).latest().loweredFrom());
        assertAudited(id, "RISK_LOWERED");
        assertEquals("duration", assertThrows(Refusal.class, () -> risk.assess(id,
                new RiskAnswers(false, false, false, false, false, false, null, RiskFrequency.ONCE, false, false),
                null)).errors().get(0).field());
    }

    @Test
    void thePupilsOwnSelfHarmAnswerIsNeverLoweredBySavingTheRiskFormWithoutIt() throws Exception {
        signIn("teacher.college");
        long id = opening.fileIncident(incident(Set.of("self_harm"))).id();
        assertEquals("IMMEDIATE", Db.single("SELECT risk_level FROM case_file WHERE id = ?", id));
        long attention = number("SELECT attention FROM case_file WHERE id = ?", id);

        // The referent saves duration, frequency and isolation without the pupil's own danger answer.
        signIn("referent.college");
        RiskAnswers withoutIt = new RiskAnswers(false, false, false, false, false, false, RiskDuration.WEEKS,
                RiskFrequency.DAILY, false, true);
        Refusal refused = assertThrows(Refusal.class,
                () -> risk.assess(id, withoutIt, "Isolée en classe."));
        assertEquals("loweringReason", refused.errors().get(0).field());
        assertEquals("risk.lower.headOnly", refused.errors().get(0).key());
        assertEquals("IMMEDIATE", Db.single("SELECT risk_level FROM case_file WHERE id = ?", id));
        assertEquals(attention, number("SELECT attention FROM case_file WHERE id = ?", id), "still urgent");
        assertTrue(((String) Db.single("SELECT risk_tags FROM case_file WHERE id = ?", id)).contains("self_harm"));
        assertEquals(0L, number("SELECT COUNT(*) FROM risk_assessment WHERE case_id = ?", id), "nothing half-done");

        // With the pupil's answer kept (as the form now pre-fills it), the assessment is recorded and stays urgent.
        RiskAnswers withIt = new RiskAnswers(false, true, false, false, false, false, RiskDuration.WEEKS,
                RiskFrequency.DAILY, false, true);
        risk.assess(id, withIt, "Isolée en classe.");
        assertEquals("IMMEDIATE", Db.single("SELECT risk_level FROM case_file WHERE id = ?", id));
        assertEquals(null, queries.overview(id).latest().loweredFrom());
        assertEquals(Set.of("self_harm"), queries.overview(id).riskTags().stream()
                .filter(t -> t.equals("self_harm")).collect(Collectors.toSet()));
    }

    @Test
    void aReferralNeedsTheConsentOrAStatedOverrideAndKeepsItsGeneratedPdf() throws Exception {
        signIn("teacher.college");
        long id = opening.fileIncident(incident(Set.of("threats"))).id();
        signIn("referent.college");
        risk.assess(id, answers(false, false, true), null);
        long target = number("SELECT id FROM case_party WHERE case_id = ? AND part = 'TARGET'", id);
        String pupil = (String) Db.single("SELECT display_name FROM case_party WHERE id = ?", target);
        long crip = number("SELECT MIN(id) FROM outside_body WHERE kind = 'CHILD_PROTECTION' AND active = TRUE");

        Referral r = referrals.draft(id, new ReferralDraft(ReferralKind.CHILD_PROTECTION, target, crip, null, null,
                null));
        assertEquals(ReferralStatus.DRAFT, r.status());
        assertEquals(Set.of("reason", "shared"), fields(assertThrows(Refusal.class,
                () -> referrals.send(r.id(), Locale.FRENCH))));
        referrals.edit(r.id(), new ReferralDraft(ReferralKind.CHILD_PROTECTION, target, crip, null,
                "Menaces de mort répétées contre l’élève et sa sœur.", "Identité de l’élève, faits, mesures prises."));
        Refusal refused = assertThrows(Refusal.class,
                () -> referrals.send(r.id(), Locale.FRENCH));
        assertInstanceOf(Conflict.class, refused, "no consent, no override: not sent");
        assertEquals("DRAFT", Db.single("SELECT status FROM referral WHERE id = ?", r.id()));
        assertEquals(0L, number("SELECT COUNT(*) FROM disclosure WHERE case_id = ?", id));
        assertEquals(0L, number("SELECT COUNT(*) FROM referral_document WHERE referral_id = ?", r.id()));

        assertEquals(Set.of("legalGround"), fields(assertThrows(Refusal.class,
                () -> consent.override(id, target, ConsentScope.OUTSIDE, " "))));
        String ground = "Enfant en danger : article L.226-2-1 du code de l’action sociale et des familles.";
        consent.override(id, target, ConsentScope.OUTSIDE, ground);
        assertTrue(referrals.consentFor(r.id()).allowed());
        referrals.send(r.id(), Locale.FRENCH);

        assertEquals("SENT", Db.single("SELECT status FROM referral WHERE id = ?", r.id()));
        assertEquals("OVERRIDE", Db.single("SELECT d.basis FROM disclosure d JOIN referral r ON r.disclosure_id = d.id"
                + " WHERE r.id = ?", r.id()), "the disclosure record shows the override");
        assertNotNull(Db.single("SELECT d.override_id FROM disclosure d JOIN referral r ON r.disclosure_id = d.id"
                + " WHERE r.id = ?", r.id()));
        SafeguardingViews.ReferralDetail sent = queries.referral(r.id());
        assertEquals(1, sent.documents().size());
        ReferralDocument doc = referrals.document(r.id(), sent.documents().get(0).id());
        assertEquals(ReferralDocuments.sha256(doc.content()), doc.sha256());
        String number = (String) Db.single("SELECT number FROM case_file WHERE id = ?", id);
        try (PDDocument pdf = Loader.loadPDF(doc.content())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String expected : List.of("Information préoccupante", number, pupil, "Collège Victor Hugo",
                    "Menaces de mort répétées", "L.226-2-1", "Menaces de violences (élevé)")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }

        // The lifecycle: illegal moves refused, reasons required.
        referrals.move(r.id(), ReferralStatus.ACKNOWLEDGED, null, "IP-2026-0042");
        assertThrows(Conflict.class,
                () -> referrals.move(r.id(), ReferralStatus.DONE, "Fini", null));
        assertThrows(Conflict.class,
                () -> referrals.move(r.id(), ReferralStatus.SENT, null, null));
        assertEquals(Set.of("note"), fields(assertThrows(Refusal.class,
                () -> referrals.move(r.id(), ReferralStatus.REJECTED, " ", null))));
        referrals.move(r.id(), ReferralStatus.ACCEPTED, null, null);
        referrals.move(r.id(), ReferralStatus.DONE, "Évaluation faite, suivi éducatif en place.", null);
        SafeguardingViews.ReferralDetail done = queries.referral(r.id());
        assertEquals(ReferralStatus.DONE, done.status());
        assertEquals("IP-2026-0042", done.externalRef());
        assertEquals(List.of(ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED,
                ReferralStatus.ACCEPTED, ReferralStatus.DONE), done.transitions().stream()
                .map(SafeguardingViews.Transition::to).toList());

        assertTrue(timeline(id).containsAll(List.of(EventKind.REFERRAL, EventKind.CONSENT_OVERRIDDEN,
                EventKind.DISCLOSURE)));
        assertTrue(number("SELECT COUNT(*) FROM case_event WHERE case_id = ? AND kind = 'REFERRAL'", id) >= 5);
        assertAudited(id, "REFERRAL_DRAFTED", "REFERRAL_EDITED", "CONSENT_OVERRIDDEN", "CASE_DISCLOSURE",
                "REFERRAL_SENT", "REFERRAL_DOCUMENT_GENERATED", "REFERRAL_DOCUMENT_READ", "REFERRAL_ACKNOWLEDGED",
                "REFERRAL_ACCEPTED", "REFERRAL_DONE", "REFERRAL_VIEWED");

        // Scope: another school's referent, and the teacher who filed the incident, see nothing of it.
        for (String outsider : List.of("referent.lycee", "teacher.college")) {
            signIn(outsider);
            assertThrows(NotFound.class, () -> queries.referral(r.id()));
            assertThrows(NotFound.class, () -> queries.overview(id));
        }
        signIn("referent.lycee");
        assertThrows(NotFound.class, () -> referrals.move(r.id(),
                ReferralStatus.REVOKED, "x", null));
    }

    @Test
    void protocolRulesDraftReferralsThatRemindWhenLateAndTheSupportPlanMakesCheckIns() throws Exception {
        signIn("teacher.college");
        Instant start = Instant.now();
        long id = opening.fileIncident(incident(Set.of("intimate_images"))).id();
        List<String> drafted = Db.rows("SELECT kind FROM referral WHERE case_id = ? AND status = 'DRAFT' AND"
                + " rule_id = 'intimate-images' AND created_by IS NULL ORDER BY kind", id).stream()
                .map(row -> (String) row.get("kind")).toList();
        assertEquals(List.of("PLATFORM_TAKEDOWN", "POLICE"), drafted, "the rule's referrals, drafted");

        deadlines.sweep(start.plus(Duration.ofHours(5)));
        assertEquals(2L, number("SELECT COUNT(*) FROM referral WHERE case_id = ? AND reminded_at IS NOT NULL", id));
        long reminders = notifications(id, "REFERRAL_LATE", "referent.college");
        assertEquals(2L, reminders, "one reminder per late referral");
        deadlines.sweep(start.plus(Duration.ofHours(6)));
        assertEquals(reminders, notifications(id, "REFERRAL_LATE", "referent.college"), "once per status");

        signIn("referent.college");
        support.nameTrustedAdult(id, "Mme Laurent", "CPE");
        support.addSupport(id, SupportKind.SCHOOL_PSYCHOLOGIST, "Psychologue EN, M. Roy", SupportStatus.OFFERED, null);
        long supportId = number("SELECT MAX(id) FROM support_action WHERE case_id = ?", id);
        support.changeSupport(id, supportId, SupportStatus.ARRANGED, "Premier rendez-vous jeudi.");
        LocalDate in7 = LocalDate.now().plusDays(7);
        support.planCheckIn(id, in7, "Point avec Mme Laurent");
        assertEquals("support.checkIn.past", assertThrows(Refusal.class,
                () -> support.planCheckIn(id, LocalDate.now().minusDays(2), "x")).errors().get(0).key());
        assertEquals(1L, number("SELECT COUNT(*) FROM case_follow_up WHERE case_id = ? AND label = ? AND due_on = ?",
                id, "Point avec Mme Laurent", in7), "a follow-up task of the case");
        CaseViews.Detail d = caseQueries.view(id, Locale.FRENCH);
        assertTrue(d.followUps().stream().anyMatch(f -> f.label().equals("Point avec Mme Laurent")));
        SafeguardingViews.Overview o = queries.overview(id);
        assertEquals("Mme Laurent", o.trustedAdult());
        assertEquals(SupportStatus.ARRANGED, o.supports().get(0).status());
        assertEquals(2, o.referrals().size());
        assertTrue(timeline(id).contains(EventKind.SUPPORT_PLAN));
        assertAudited(id, "REFERRAL_DRAFTED", "REFERRAL_LATE", "SUPPORT_TRUSTED_ADULT", "SUPPORT_ADDED",
                "SUPPORT_CHANGED", "SUPPORT_CHECK_IN_PLANNED");
    }

    // --- helpers ---

    private static RiskAnswers answers(boolean danger, boolean selfHarm, boolean threats) {
        return new RiskAnswers(danger, selfHarm, threats, false, false, false, RiskDuration.WEEKS,
                RiskFrequency.SOMETIMES, false, false);
    }

    private List<EventKind> timeline(long id) {
        return caseQueries.timeline(id, Set.of(), Locale.ENGLISH).stream().map(CaseViews.Event::kind).toList();
    }

    private static Set<String> fields(Refusal e) {
        return e.errors().stream().map(Refusal.FieldError::field).collect(Collectors.toSet());
    }

    private static long notifications(long caseId, String kind, String username) throws Exception {
        return username == null
                ? number("SELECT COUNT(*) FROM notification WHERE record_type = 'case' AND record_id = ? AND kind = ?",
                Long.toString(caseId), kind)
                : number("SELECT COUNT(*) FROM notification WHERE record_type = 'case' AND record_id = ? AND kind = ?"
                + " AND account_id = ?", Long.toString(caseId), kind, accountId(username));
    }

    private static void assertAudited(long caseId, String... actions) throws Exception {
        for (String action : actions) {
            assertTrue(number("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'case' AND record_id = ? AND"
                    + " action = ?", Long.toString(caseId), action) > 0, action + " audited");
        }
    }

    private IncidentForm incident(Set<String> risk) throws Exception {
        long school = number("SELECT id FROM school WHERE code = 'DEMO-COLLEGE'");
        long pupil = number("SELECT MIN(id) FROM person WHERE kind = 'STUDENT' AND school_id = ?", school);
        return new IncidentForm(school, "INSULTS", "Messages de menaces sur Instagram depuis trois semaines.",
                LocalDate.now().minusDays(1), null, Set.of("INSTAGRAM"),
                List.of(new PartyInput(pupil, null, "TARGET"), new PartyInput(null, "« dark_angel_75 »",
                        "ALLEGED_AUTHOR")), risk, false, true, false);
    }

    private void signIn(String username) throws Exception {
        ActingAs.signIn(login.currentPrincipal(accountId(username)).orElseThrow());
    }

    private static long accountId(String username) throws Exception {
        return number("SELECT id FROM account WHERE username = ?", username);
    }
}
