package org.haven.platform.security;

import org.haven.signin.TestStaff;
import org.haven.testing.Db;
import org.haven.testing.Deployments;
import org.haven.testing.OnSharedServer;
import org.haven.testing.SharedServer;
import org.haven.testing.WebSession;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17: a role removed or an account disabled binds a web session already signed in, at its next request (the
 * session's principal is checked against the directory at each request, LiveRoles). The change is made in the
 * database, as any instance of a cluster would make it: nothing in this instance's memory is told.
 */
@OnSharedServer
class LiveRolesIT {

    private static final String PASSWORD = "Demo-Haven-2026";

    private final URI base = Deployments.loopback(SharedServer.url());

    @Test
    void aRoleRemovedIsRefusedAtTheNextPageAndTheOtherRolesStay() {
        String username = TestStaff.newReferent("live-demote");
        long id = TestStaff.id(username);
        Db.update("INSERT INTO account_role (account_id, role, school_id) VALUES (?, 'DISTRICT_LEAD', NULL)", id);
        WebSession browser = new WebSession();
        browser.signIn(base, username, PASSWORD);
        assertEquals(200, browser.get(base, "district/index.xhtml").statusCode(), "district lead at sign-in");

        Db.update("DELETE FROM account_role WHERE account_id = ? AND role = 'DISTRICT_LEAD'", id);

        assertEquals(403, browser.get(base, "district/index.xhtml").statusCode(), "the removed role is refused at once");
        HttpResponse<String> staff = browser.get(base, "staff/index.xhtml");
        assertEquals(200, staff.statusCode(), "the referent role stays: the session is narrowed, not ended");
        assertFalse(WebSession.toLogin(staff));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'SESSION_NARROWED' AND actor_account_id = ?",
                id), "the narrowing is audited once (the next requests find nothing more to narrow)");
    }

    @Test
    void aDisabledAccountsSessionEndsAtItsNextRequestAndStaysEnded() {
        String username = TestStaff.newReferent("live-disable");
        long id = TestStaff.id(username);
        WebSession browser = new WebSession();
        browser.signIn(base, username, PASSWORD);
        HttpResponse<String> before = browser.get(base, "staff/cases.xhtml");
        assertEquals(200, before.statusCode());

        Db.update("UPDATE account SET enabled = FALSE WHERE id = ?", id);

        assertTrue(WebSession.toLogin(browser.get(base, "staff/cases.xhtml")), "a page: to the login page");
        Db.update("UPDATE account SET enabled = TRUE WHERE id = ?", id);
        HttpResponse<String> postback = browser.postForm(base, "staff/cases.xhtml", WebSession.form(before.body(),
                java.util.Map.of("lang", "lang", "lang:en", "lang:en")));
        assertTrue(postback.statusCode() >= 300, "the ended session does not come back when the account is enabled"
                + " again: " + postback.statusCode());
        assertTrue(WebSession.toLogin(browser.get(base, "staff/cases.xhtml")));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'SESSION_ENDED' AND actor_account_id = ?",
                id));
    }

    /** What the check costs per request: its one query, run 2,000 times over JDBC on loopback. Printed, not asserted. */
    @Test
    void theCheckCostsOneQueryByPrimaryKey() throws SQLException {
        long id = TestStaff.id(TestStaff.newReferent("live-cost"));
        int n = 2_000;
        try (Connection c = Db.connect(); PreparedStatement q = c.prepareStatement(
                "SELECT a.enabled AND a.password_hash IS NOT NULL, r.role, r.school_id"
                        + " FROM account a LEFT JOIN account_role r ON r.account_id = a.id WHERE a.id = ?")) {
            for (int i = 0; i < n / 4; i++) {
                run(q, id);
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                run(q, id);
            }
            System.out.printf("LiveRoles check: %.3f ms per request (mean of %d runs of its query over JDBC)%n",
                    (System.nanoTime() - t0) / 1e6 / n, n);
        }
    }

    private static void run(PreparedStatement q, long id) throws SQLException {
        q.setLong(1, id);
        try (ResultSet rs = q.executeQuery()) {
            assertTrue(rs.next());
        }
    }
}
