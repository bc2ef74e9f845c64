package org.haven.training.application;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import org.haven.audit.application.AuditLog;
import org.haven.directory.application.AccountLogin;
import org.haven.platform.errors.Conflict;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.persistence.DatabaseMigration;
import org.haven.platform.security.Role;
import org.haven.testing.ActingAs;
import org.haven.testing.Api;
import org.haven.testing.Db;
import org.haven.testing.Deployments;
import org.haven.training.application.TrainingViews.ComplianceFigures;
import org.haven.training.application.TrainingViews.ComplianceReport;
import org.haven.training.application.TrainingViews.ModuleCard;
import org.haven.training.application.TrainingViews.QuizPage;
import org.haven.training.application.TrainingViews.QuizResult;
import org.haven.training.application.TrainingViews.VerificationStatus;
import org.haven.training.domain.Question;
import org.haven.training.domain.TrainingModule;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training inside Payara Micro on MariaDB: the modules shipped, the demo district's compliance figures,
 * assignment, lessons and quiz attempts up to the certificate, its public check (service and REST), requirements
 * tied to duties, and the audit entries. Accounts are chosen so that the browser test's (teacher.college) and these
 * do not meet.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingServicesIT {

    private static final Locale EN = Locale.ENGLISH;

    @Deployment
    static WebArchive deployment() {
        return Deployments.haven().addClasses(TrainingServicesIT.class, ActingAs.class);
    }

    @Inject
    TrainingCatalog catalog;

    @Inject
    MyTraining training;

    @Inject
    Certificates certificates;

    @Inject
    TrainingAssignments assignments;

    @Inject
    TrainingCompliance compliance;

    @Inject
    TrainingRequirements requirements;

    @Inject
    AccountLogin login;

    @Inject
    AuditLog audit;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @ArquillianResource
    URL url;

    @AfterEach
    void signOut() {
        ActingAs.signOut();
    }

    @Test
    void theFourShippedModulesLoadAtStartUp() {
        assertEquals(List.of(), catalog.problems());
        assertEquals(List.of("signs-of-harassment", "first-conversation", "danger-and-evidence", "school-protocol"),
                catalog.modules().stream().map(TrainingModule::id).toList());
        assertTrue(catalog.image("signs-of-harassment", "images/circle.svg").isPresent());
        assertTrue(catalog.image("signs-of-harassment", "module.yaml").isEmpty(), "only lesson images are served");
    }

    @Test
    void theDemoDistrictsComplianceFiguresForItsEcole() throws SQLException {
        signIn("lead");
        ComplianceReport report = compliance.report(EN).orElseThrow();
        long ecole = number("SELECT id FROM school WHERE code = 'DEMO-ECOLE'");

        Map<String, ComplianceFigures> figures = report.bySchool().stream().filter(f -> f.schoolId() == ecole)
                .collect(Collectors.toMap(ComplianceFigures::moduleId, f -> f));
        // signs: the head, the referent and the teacher, nobody started
        assertEquals(List.of(0, 0, 0, 3), counts(figures.get("signs-of-harassment")));
        // first conversation: the referent, one lesson read, but the due date has passed
        assertEquals(List.of(0, 1, 0, 0), counts(figures.get("first-conversation")));
        // school protocol: the head, whose certificate expired (nothing done since)
        assertEquals(List.of(0, 0, 0, 1), counts(figures.get("school-protocol")));
        assertEquals(List.of(0, 0, 0, 1), counts(figures.get("danger-and-evidence")));
        long referentCollege = accountId("referent.college");
        assertTrue(report.rows().stream().anyMatch(r -> r.accountId() == referentCollege
                && r.moduleId().equals("first-conversation")
                && r.status() == org.haven.training.domain.ComplianceStatus.TRAINED));
        long referentEcole = accountId("referent.ecole");
        assertEquals(List.of("first-conversation", "school-protocol"), report.gaps().stream()
                .filter(g -> g.accountId() == referentEcole).map(TrainingViews.Gap::moduleId).sorted().toList());
        assertTrue(report.gaps().stream().noneMatch(g -> g.accountId() == referentCollege), "trained referent");
        assertTrue(report.byModule().stream().allMatch(f -> f.schoolId() == null));

        signIn("head.ecole");
        ComplianceReport mine = compliance.report(EN).orElseThrow();
        assertTrue(mine.rows().stream().allMatch(r -> r.schoolId() == ecole), "a head sees their school only");
        signIn("teacher.ecole");
        assertTrue(compliance.report(EN).isEmpty(), "a teacher sees no compliance");
        assertTrue(compliance.csv(EN).isEmpty());
    }

    @Test
    void theCsvExportIsEscapedAndAudited() throws SQLException {
        signIn("head.college");
        String csv = compliance.csv(Locale.FRENCH).orElseThrow();

        assertTrue(csv.startsWith("\uFEFFschool_code,school,module_id,module,name,roles,due,status\r\n"), csv);
        assertTrue(csv.contains("DEMO-COLLEGE,Collège Victor Hugo,first-conversation,Le premier entretien avec un élève,"
                + "Aïcha Benali,referent,"), csv);
        assertTrue(csv.lines().skip(1).allMatch(l -> l.startsWith("DEMO-COLLEGE,")), "their school only");
        assertEquals("head.college", audit.latest("TRAINING_COMPLIANCE_EXPORTED", 1).getFirst().actor());
    }

    @Test
    void theAdminAssignsAModuleWithADueDateAndTheTeacherSeesIt() throws SQLException {
        long lycee = number("SELECT id FROM school WHERE code = 'DEMO-LYCEE'");
        signIn("admin");
        Refusal refused = assertThrows(Refusal.class, () -> assignments.assign(
                "no-such-module", Role.DISTRICT_LEAD, lycee, LocalDate.now().minusDays(3), EN));
        assertEquals(List.of("module", "role", "due"), refused.errors().stream()
                .map(Refusal.FieldError::field).toList());

        TrainingViews.AssignmentItem a = assignments.assign("danger-and-evidence", Role.TEACHER, lycee,
                LocalDate.now().plusDays(20), EN);
        assertEquals("Lycée Marie Curie", a.schoolName());
        assertEquals("TRAINING_ASSIGNED", audit.historyOf("training_assignment", Long.toString(a.id()), 5)
                .getFirst().action());

        signIn("teacher.lycee");
        ModuleCard card = card("danger-and-evidence");
        assertTrue(card.assigned());
        assertEquals(LocalDate.now().plusDays(20), card.due());
        signIn("teacher.ecole");
        assertFalse(card("danger-and-evidence").assigned(), "another school's teacher");

        signIn("admin");
        assignments.unassign(a.id());
        assertTrue(audit.historyOf("training_assignment", Long.toString(a.id()), 5).stream()
                .anyMatch(e -> e.action().equals("TRAINING_UNASSIGNED")));
        signIn("teacher.lycee");
        assertFalse(card("danger-and-evidence").assigned());
    }

    @Test
    void aTeacherReadsTheLessonsFailsPassesAndIsCertified() throws SQLException {
        signIn("teacher.lycee");
        long me = accountId("teacher.lycee");
        TrainingModule m = catalog.module("school-protocol").orElseThrow();
        assertThrows(NotFound.class, () -> training.lesson("school-protocol", "nope",
                EN));
        assertEquals("training.quiz.lessonsFirst", assertThrows(Refusal.class,
                () -> training.startQuiz(m.id(), EN)).errors().getFirst().key());
        assertFalse(requirements.isTrained(me, m.id()));

        for (var lesson : m.lessons()) {
            training.completeLesson(m.id(), lesson.id());
            training.completeLesson(m.id(), lesson.id());
        }
        assertEquals(m.lessons().size(), card(m.id()).lessonsDone(), "progress saved once per lesson");

        QuizPage first = training.startQuiz(m.id(), EN);
        QuizResult failed = training.submit(first.attemptId(), answers(m, false), EN);
        assertFalse(failed.passed());
        assertNull(failed.certificateId());
        assertEquals(0, failed.percent());
        assertTrue(failed.items().stream().allMatch(i -> i.answers().stream().allMatch(e -> !e.explanation().isBlank())));
        assertThrows(Conflict.class,
                () -> training.submit(first.attemptId(), answers(m, true), EN), "submitted once");

        QuizPage second = training.startQuiz(m.id(), EN);
        assertEquals(m.quiz().size(), second.questions().size());
        QuizResult passed = training.submit(second.attemptId(), answers(m, true), EN);
        assertTrue(passed.passed());
        assertEquals(100, passed.percent());
        assertNotNull(passed.certificateId());

        assertTrue(requirements.isTrained(me, m.id()));
        assertEquals(List.of("first-conversation"), requirements.missing(me, List.of("first-conversation", m.id())));
        Refusal refused = assertThrows(Refusal.class,
                () -> requirements.requireTrained(me, "Camille Rousseau", List.of("first-conversation"), "owner"));
        assertEquals("training.requirement.missing", refused.errors().getFirst().key());
        assertEquals("Le premier entretien avec un élève", refused.errors().getFirst().args()[1]);
        requirements.requireTrained(me, "Camille Rousseau", List.of(m.id()), "owner");
        assertEquals(java.util.Set.of("first-conversation", "school-protocol"), requirements.requiredFor(Role.REFERENT));

        assertEquals(TrainingViews.MyState.TRAINED, card(m.id()).state());
        assertTrue(certificates.pdf(passed.certificateId(), Locale.FRENCH).orElseThrow().length > 1000);
        signIn("teacher.ecole");
        assertTrue(certificates.pdf(passed.certificateId(), EN).isEmpty(), "only its holder downloads it");

        List<String> actions = audit.latest("TRAINING_QUIZ_SUBMITTED", 10).stream()
                .filter(e -> e.actor().equals("teacher.lycee")).map(e -> e.toRecord().detail()).toList();
        assertTrue(actions.contains("school-protocol 0% failed") && actions.contains("school-protocol 100% passed"),
                actions.toString());
        assertEquals("CERTIFICATE_ISSUED", audit.historyOf("training_certificate",
                Long.toString(passed.certificateId()), 5).getLast().action());
        assertEquals("teacher.lycee", audit.latest("TRAINING_COMPLETED", 1).getFirst().actor());
    }

    @Test
    void anyoneChecksACodeAndLearnsOnlyItsStatusHolderModuleAndDate() throws SQLException {
        String code = string("SELECT c.code FROM training_certificate c JOIN account a ON a.id = c.account_id"
                + " WHERE a.username = 'head.lycee' AND c.module_id = 'signs-of-harassment'");
        String expired = string("SELECT c.code FROM training_certificate c JOIN account a ON a.id = c.account_id"
                + " WHERE a.username = 'head.ecole' AND c.module_id = 'school-protocol'");

        TrainingViews.Verification valid = certificates.verify(code.toLowerCase(Locale.ROOT).substring(0, 4) + "-"
                + code.substring(4), EN);
        assertEquals(VerificationStatus.VALID, valid.status());
        assertEquals("Isabelle Fontaine", valid.holder());
        assertEquals("Recognising harassment and cyber-harassment", valid.title());
        assertEquals(VerificationStatus.EXPIRED, certificates.verify(expired, EN).status());
        assertEquals(TrainingViews.Verification.UNKNOWN, certificates.verify("0000-0000-0000-0000", EN));
        assertEquals(TrainingViews.Verification.UNKNOWN, certificates.verify("<script>", EN));

        List<String> lookups = audit.latest("CERTIFICATE_LOOKUP", 4).stream().map(e -> e.toRecord().detail()).toList();
        assertEquals(List.of("unknown", "unknown", "expired", "valid"), lookups);
    }

    @Test
    @RunAsClient
    void theRestApiListsModulesAndChecksCodesPublicly() {
        Api api = new Api(Deployments.loopback(url));
        String code = (String) Db.single("SELECT c.code FROM training_certificate c JOIN account a"
                + " ON a.id = c.account_id WHERE a.username = 'referent.college' AND c.module_id = 'first-conversation'");

        Api.Answer check = api.get("api/v1/training/certificates/" + code, null, "fr");
        assertEquals(200, check.status(), check.body());
        assertEquals("valid", check.json().asJsonObject().getString("status"));
        assertEquals("Aïcha Benali", check.json().asJsonObject().getString("holder"));
        assertEquals("Le premier entretien avec un élève", check.json().asJsonObject().getString("module"));
        assertEquals(4, check.json().asJsonObject().size(), "status, holder, module, date: nothing more");
        Api.Answer unknown = api.get("api/v1/training/certificates/ZZZZZZZZZZZZZZZZ", null, "en");
        assertEquals(404, unknown.status());
        assertEquals("application/problem+json", unknown.header("Content-Type").split(";")[0]);

        String teacher = api.token("teacher.college", "Demo-Haven-2026");
        JsonArray modules = api.get("api/v1/training/modules", teacher, "en").json().asJsonArray();
        assertEquals(4, modules.size());
        assertEquals("The first conversation with a pupil", modules.getJsonObject(1).getString("title"));
        assertEquals(401, api.get("api/v1/training/modules", null, "en").status());
        assertEquals(403, api.get("api/v1/training/compliance", teacher, "en").status());
        Api.Answer figures = api.get("api/v1/training/compliance", api.token("lead", "Demo-Haven-2026"), "en");
        assertEquals(200, figures.status());
        assertTrue(figures.json().asJsonArray().size() >= 9, "3 schools, several modules each");
    }

    private ModuleCard card(String moduleId) {
        return training.modules(EN).stream().filter(c -> c.id().equals(moduleId)).findFirst().orElseThrow();
    }

    private static Map<String, String> answers(TrainingModule m, boolean right) {
        Map<String, String> answers = new HashMap<>();
        for (Question q : m.quiz()) {
            answers.put(q.id(), right ? q.correctAnswer().id()
                    : q.answers().stream().filter(a -> !a.correct()).findFirst().orElseThrow().id());
        }
        return answers;
    }

    private static List<Integer> counts(ComplianceFigures f) {
        assertNotNull(f);
        return List.of(f.trained(), f.late(), f.inProgress(), f.notStarted());
    }

    private void signIn(String username) throws SQLException {
        ActingAs.signIn(login.currentPrincipal(accountId(username)).orElseThrow());
    }

    private long accountId(String username) throws SQLException {
        return number("SELECT id FROM account WHERE username = ?", username);
    }

    private long number(String sql, Object... params) throws SQLException {
        return ((Number) single(sql, params)).longValue();
    }

    private String string(String sql, Object... params) throws SQLException {
        return (String) single(sql, params);
    }

    private Object single(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getObject(1);
            }
        }
    }
}
