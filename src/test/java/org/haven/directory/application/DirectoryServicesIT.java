package org.haven.directory.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.audit.domain.AuditEntry;
import org.haven.audit.domain.ChainVerification;
import org.haven.directory.domain.SchoolLevel;
import org.haven.platform.errors.Refusal;
import org.haven.platform.persistence.DatabaseMigration;
import org.haven.platform.security.Role;
import org.haven.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Directory services and the audit log inside Payara Micro, on real MariaDB. */
@ExtendWith(ArquillianExtension.class)
class DirectoryServicesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.haven().addClass(DirectoryServicesIT.class);
    }

    @Inject
    SchoolAdministration schools;

    @Inject
    SchoolRegister register;

    @Inject
    AccountAdministration accounts;

    @Inject
    RosterImport roster;

    @Inject
    AccountLogin login;

    @Inject
    AuditLog audit;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Test
    void everyMigrationIsAppliedOnMariaDb() throws SQLException {
        List<String> versions = strings("SELECT version FROM flyway_schema_history WHERE success = 1"
                + " AND version IS NOT NULL ORDER BY installed_rank");
        String server = strings("SELECT VERSION()").getFirst();

        assertEquals(List.of("1", "2", "3"), versions.subList(0, 3));
        assertTrue(server.toLowerCase().contains("mariadb"), server);
    }

    @Test
    void aNewSchoolIsStoredAndAudited() {
        String code = unique("SCH");

        SchoolView created = register.create(code.toLowerCase(), "  Lycée Rosa Parks ", SchoolLevel.LYCEE);

        assertEquals(code, created.code());
        assertEquals("Lycée Rosa Parks", created.name());
        assertTrue(schools.byCode(code).isPresent());
        List<AuditEntry> history = audit.historyOf("school", Long.toString(created.id()), 5);
        assertEquals("SCHOOL_CREATED", history.getFirst().action());
    }

    @Test
    void anInvalidSchoolReportsEachFieldAndStoresNothing() {
        long before = register.count(null);

        Refusal e = assertThrows(Refusal.class,
                () -> register.create("DEMO-COLLEGE", "", null));

        List<String> fields = e.errors().stream().map(Refusal.FieldError::field).toList();
        assertEquals(List.of("code", "name", "level"), fields);
        assertEquals("school.code.taken", e.errors().getFirst().key());
        assertEquals(before, register.count(null));
    }

    @Test
    void keysetPagesWalkEverySchoolOnce() {
        for (int i = 0; i < 5; i++) {
            register.create(unique("PG"), "Paging school " + i, SchoolLevel.PRIMARY);
        }
        List<String> seen = new ArrayList<>();
        SchoolView after = null;
        boolean more = true;
        while (more) {
            var page = register.page("Paging school", after, 2);
            page.rows().forEach(s -> seen.add(s.code()));
            more = page.hasMore();
            after = page.rows().isEmpty() ? null : page.rows().getLast();
        }

        assertEquals(register.count("Paging school"), seen.size());
        assertEquals(seen.size(), seen.stream().distinct().count());
    }

    @Test
    void anAccountWithASchoolRoleCanSignIn() {
        String username = "it." + UUID.randomUUID().toString().substring(0, 8);

        AccountView created = accounts.create(username, "Test Referent", "ref@example.org", "en",
                List.of(new AccountAdministration.GrantRequest(Role.REFERENT, "DEMO-LYCEE")), "Correct-Horse-42");

        assertEquals("DEMO-LYCEE", created.roles().getFirst().schoolCode());
        assertTrue(login.authenticate(username, "Correct-Horse-42".toCharArray(), "test").isPresent());
        assertTrue(login.authenticate(username, "wrong-horse-42".toCharArray(), "test").isEmpty());
        List<String> actions = audit.historyOf("account", Long.toString(created.id()), 5).stream()
                .map(AuditEntry::action).toList();
        assertEquals(List.of("LOGIN_FAILED", "LOGIN_SUCCEEDED", "ACCOUNT_CREATED"), actions);
    }

    @Test
    void aRosterImportsStudentsParentsAndStaffTogether() throws SQLException {
        String p = unique("R").toLowerCase();
        String csv = """
                kind;ref;first_name;last_name;school;class;birth_date;email;role;children;username
                student;%1$s-s1;Zoé;Durand;DEMO-COLLEGE;5e A;2013-04-02;;;;%1$s.zoe
                student;%1$s-s2;Yanis;Durand;DEMO-LYCEE;2nde 1;2010-09-12;;;;
                parent;%1$s-p1;Marie;Durand;;;;marie@example.org;;%1$s-s1|%1$s-s2;%1$s.marie
                staff;%1$s-t1;Paul;Blanc;DEMO-COLLEGE;;;;referent;;
                """.formatted(p);

        RosterImport.Outcome outcome = roster.importCsv(csv, "roster.csv");

        assertTrue(outcome.imported(), outcome.errors().toString());
        assertEquals(2, outcome.students());
        assertEquals(1, outcome.parents());
        assertEquals(1, outcome.staff());
        assertEquals(2, outcome.accounts());
        assertEquals(List.of("2"), strings("SELECT COUNT(*) FROM guardianship g JOIN person p ON p.id = g.parent_id"
                + " WHERE p.external_ref = '" + p + "-p1'"));
        assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM account WHERE username = '" + p
                + ".zoe' AND password_hash IS NOT NULL"));
    }

    @Test
    void aRosterWithOneBadLineImportsNothing() throws SQLException {
        String p = unique("B").toLowerCase();
        String csv = """
                kind,ref,first_name,last_name,school,class
                student,%1$s-1,Ana,Lopes,DEMO-ECOLE,CM2
                student,%1$s-2,Ben,Lopes,NO-SUCH-SCHOOL,CM2
                student,%1$s-3,Cléo,Lopes,DEMO-ECOLE,CM2
                """.formatted(p);

        RosterImport.Outcome outcome = roster.importCsv(csv, "bad.csv");

        assertFalse(outcome.imported());
        assertEquals(1, outcome.errors().size());
        assertEquals(3, outcome.errors().getFirst().line());
        assertEquals("roster.school.unknown", outcome.errors().getFirst().key());
        assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM person WHERE external_ref LIKE '" + p + "-%'"));
    }

    @Test
    void anUnknownSchoolIsReportedAlongsideTheOtherErrorsOfTheFile() throws SQLException {
        String p = unique("N").toLowerCase();
        String csv = """
                kind,ref,first_name,last_name,school,class,birth_date
                student,%1$s-1,Ana,Lopes,DEMO-ECOLE,CM2,2999-01-01
                student,%1$s-2,Ben,Lopes,NOPE,CM2,
                student,%1$s-3,Cléo,,NOPE,CM2,
                """.formatted(p);

        RosterImport.Outcome outcome = roster.importCsv(csv, "mixed.csv");

        assertFalse(outcome.imported());
        assertEquals(List.of("2 roster.birthDate.invalid birth_date", "3 roster.school.unknown school",
                        "4 roster.lastName.required last_name", "4 roster.school.unknown school"),
                outcome.errors().stream().map(e -> e.line() + " " + e.key() + " " + e.column()).toList());
        assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM person WHERE external_ref LIKE '" + p + "-%'"));
    }

    @Test
    void theAuditChainIsIntactAndTheDatabaseRefusesToRewriteIt() throws SQLException {
        register.create(unique("AUD"), "Audit school", SchoolLevel.COLLEGE);

        audit.sealNow();
        ChainVerification verification = audit.verify();

        assertTrue(verification.intact(), verification.problem() + " at " + verification.firstBrokenId());
        assertTrue(verification.entriesChecked() > 1);
        assertNull(verification.firstBrokenId());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_entry SET actor = 'someone'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_entry"));
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_seal SET hash = hash"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_seal"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_checkpoint"));
        }
    }

    /**
     * Issue 15: an audited transaction in flight no longer holds up another one. The first transaction writes
     * its entry (taking the lower number) and stays open while a second thread writes, commits and even seals
     * its own entry; the first then commits, is sealed after the second, and the chain verifies. With the former
     * chain-head lock the second thread would wait for the first to end, and the bounded wait below would fail.
     */
    @Test
    void concurrentAuditedWritesDoNotWaitForEachOtherAndTheChainStaysIntact() throws Exception {
        String marker = unique("CONC");
        transaction.begin();
        try {
            audit.record(Actor.SYSTEM.did("TEST_CONCURRENT_WRITE", "test", marker + "-first", null, null));

            Future<Long> second = executor.submit(() -> {
                audit.record(Actor.SYSTEM.did("TEST_CONCURRENT_WRITE", "test", marker + "-second", null, null));
                return audit.sealNow();
            });
            assertTrue(second.get(30, TimeUnit.SECONDS) >= 1,
                    "the second transaction committed and was sealed while the first was still open");

            transaction.commit();
        } finally {
            if (transaction.getStatus() == Status.STATUS_ACTIVE) {
                transaction.rollback();
            }
        }
        audit.sealNow();

        long firstId = audit.historyOf("test", marker + "-first", 1).getFirst().id();
        long secondId = audit.historyOf("test", marker + "-second", 1).getFirst().id();
        assertTrue(firstId < secondId, "the first transaction took the lower number");
        long firstSeq = Long.parseLong(strings("SELECT seq FROM audit_seal WHERE entry_id = " + firstId).getFirst());
        long secondSeq = Long.parseLong(strings("SELECT seq FROM audit_seal WHERE entry_id = " + secondId).getFirst());
        assertTrue(firstSeq > secondSeq, "committed last, sealed last, not skipped");
        ChainVerification verification = audit.verify();
        assertTrue(verification.intact(), verification.problem() + " at " + verification.position());
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
