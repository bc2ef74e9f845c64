package org.haven.signin.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.haven.signin.TestStaff;
import org.haven.testing.Api;
import org.haven.testing.Db;
import org.haven.testing.Deployments;
import org.haven.testing.OnSharedServer;
import org.haven.testing.SharedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The TOTP second factor over the API (issue 21): enrolment, the token endpoint asking for the code, replay and
 * recovery codes, the throttle. Runs on a fresh staff account (the demo district runs without second factor).
 */
@OnSharedServer
class SecondFactorApiIT {

    private static final String PASSWORD = "Demo-Haven-2026";

    URL url = SharedServer.url();

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(Deployments.loopback(url));
    }

    @Test
    void aReferentEnrolsThenTheTokenEndpointAsksForTheCodeOnceEach() {
        String username = TestStaff.newReferent("tfa-api");
        String token = api.token(username, PASSWORD);
        assertEquals(200, api.get("api/v1/me/second-factor", token, "en").status());
        assertFalse(api.get("api/v1/me/second-factor", token, "en").json().asJsonObject().getBoolean("enrolled"));

        Api.Answer started = api.post("api/v1/me/second-factor", "", token, "en");
        assertEquals(200, started.status(), started.body());
        String secret = started.json().asJsonObject().getString("secret");
        assertTrue(started.json().asJsonObject().getString("otpauthUri").startsWith("otpauth://totp/"));
        assertEquals(200, login(username, PASSWORD, null).status(), "an unconfirmed secret asks nothing");

        Api.Answer wrong = api.post("api/v1/me/second-factor/confirmation",
                "{\"code\":\"" + TestStaff.wrongCode(secret) + "\"}", token, "en");
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals("code", wrong.json().asJsonObject().getJsonArray("violations").getJsonObject(0).getString("field"));

        Api.Answer confirmed = api.post("api/v1/me/second-factor/confirmation",
                "{\"code\":\"" + TestStaff.codeAt(secret, 0) + "\"}", token, "en");
        assertEquals(200, confirmed.status(), confirmed.body());
        List<String> recovery = confirmed.json().asJsonObject().getJsonArray("recoveryCodes")
                .getValuesAs(JsonString::getString);
        assertEquals(10, recovery.size());

        Api.Answer noCode = login(username, PASSWORD, null);
        assertEquals(401, noCode.status(), noCode.body());
        assertEquals("code", noCode.json().asJsonObject().getJsonArray("violations").getJsonObject(0).getString("field"));

        String next = TestStaff.codeAt(secret, 1);
        Api.Answer withCode = login(username, PASSWORD, next);
        assertEquals(200, withCode.status(), withCode.body());
        assertNotNull(withCode.json().asJsonObject().getString("token"));
        assertEquals(401, login(username, PASSWORD, next).status(), "a code is accepted once");
        assertEquals(401, login(username, "Wrong-Password-2026", TestStaff.codeAt(secret, 1)).status(),
                "the code never stands in for the password");

        assertEquals(200, login(username, PASSWORD, recovery.get(3).toLowerCase()).status(), "a recovery code");
        assertEquals(401, login(username, PASSWORD, recovery.get(3)).status(), "spent");
        JsonObject state = api.get("api/v1/me/second-factor", token, "en").json().asJsonObject();
        assertTrue(state.getBoolean("enrolled"));
        assertEquals(9, state.getJsonNumber("recoveryCodesLeft").longValue());

        long id = TestStaff.id(username);
        for (String action : List.of("SECOND_FACTOR_ENROLMENT_STARTED",
                "SECOND_FACTOR_ENROLLED", "SECOND_FACTOR_PASSED", "SECOND_FACTOR_FAILED",
                "SECOND_FACTOR_RECOVERY_CODE_USED")) {
            assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE actor_account_id = ? AND action = ?", id, action) > 0,
                    "audited: " + action);
        }
        String stored = (String) Db.single("SELECT secret_sealed FROM account_totp WHERE account_id = ?", id);
        assertTrue(!stored.contains(secret), "the secret is sealed");
        assertEquals(0, Db.number("SELECT COUNT(*) FROM account_recovery_code WHERE code_hash = ?",
                recovery.get(0)), "codes are stored hashed");
    }

    @Test
    void wrongCodesAreThrottledPerAccountAndTheRightPasswordDoesNotResetIt() {
        String username = TestStaff.newReferent("tfa-throttle");
        String token = api.token(username, PASSWORD);
        String secret = api.post("api/v1/me/second-factor", "", token, "en").json().asJsonObject().getString("secret");
        assertEquals(200, api.post("api/v1/me/second-factor/confirmation",
                "{\"code\":\"" + TestStaff.codeAt(secret, 0) + "\"}", token, "en").status());

        int throttledAt = -1;
        for (int i = 0; i < 6 && throttledAt < 0; i++) {
            Api.Answer a = login(username, PASSWORD, TestStaff.wrongCode(secret));
            if (a.status() == 429) {
                throttledAt = i;
                assertNotNull(a.header("Retry-After"));
            } else {
                assertEquals(401, a.status(), a.body());
            }
        }
        assertTrue(throttledAt > 0 && throttledAt <= 4, "throttled after the free tries, at " + throttledAt);
        assertEquals(429, login(username, PASSWORD, TestStaff.codeAt(secret, 1)).status(),
                "while throttled even the right code is not checked");
    }

    @Test
    void theDemoAccountsNeedNoCodeAndPupilsHaveNoSecondFactorEndpoint() {
        assertEquals(200, login("referent.college", PASSWORD, null).status());
        assertEquals(403, api.get("api/v1/me/second-factor", api.token("student.college", PASSWORD), "en").status());
    }

    private Api.Answer login(String username, String password, String code) {
        String json = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\""
                + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}";
        return api.post("api/v1/auth/token", json, null, "en");
    }
}
