package org.haven.directory.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.haven.testing.Api;
import org.haven.testing.Deployments;
import org.haven.testing.OnSharedServer;
import org.haven.testing.SharedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public and account REST API of the directory, from outside, as each role. */
@OnSharedServer
class DirectoryApiIT {

    private static final String PASSWORD = "Demo-Haven-2026";


    URL url = SharedServer.url();

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(Deployments.loopback(url));
    }

    @Test
    void schoolsArePublicAndListTheDemoSchools() {
        Api.Answer a = api.get("api/v1/schools", null, "fr");

        assertEquals(200, a.status());
        List<String> codes = a.json().asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("code")).toList();
        assertTrue(codes.containsAll(List.of("DEMO-ECOLE", "DEMO-COLLEGE", "DEMO-LYCEE")), codes.toString());
        JsonObject first = a.json().asJsonArray().getJsonObject(0);
        assertEquals(3, first.size(), "only code, name and level are public: " + first);
    }

    @Test
    void theDistrictAdminVerifiesTheAuditLogOthersMayNot() {
        Api.Answer teacher = api.get("api/v1/audit/verification", api.token("head.college", PASSWORD), "en");
        Api.Answer admin = api.get("api/v1/audit/verification", api.token("admin", PASSWORD), "en");

        assertEquals(403, teacher.status());
        assertEquals(200, admin.status(), admin.body());
        JsonObject v = admin.json().asJsonObject();
        assertTrue(v.getBoolean("intact"), admin.body());
        assertTrue(v.getJsonNumber("entriesChecked").longValue() > 0, admin.body());
        assertEquals(64, v.getString("lastHash").length());
        assertEquals("no-store", admin.header("Cache-Control"));
    }

    @Test
    void thePublicListsMayBeCachedForAMinuteAndAnsweredWith304WhileUnchanged() {
        for (String path : List.of("api/v1/schools", "api/v1/resources?country=FR")) {
            Api.Answer first = api.get(path, null, "fr");
            String tag = first.header("ETag");

            Api.Answer again = api.get(path, null, "fr", Map.of("If-None-Match", tag));

            assertEquals(200, first.status(), path);
            assertEquals("public, max-age=60", first.header("Cache-Control"), path);
            assertTrue(tag != null && tag.startsWith("\""), path + " ETag " + tag);
            assertEquals(304, again.status(), path);
            assertEquals("", again.body(), path);
        }
        assertEquals("Accept-Language", api.get("api/v1/resources?country=FR", null, "en").header("Vary"));
        assertEquals("no-store", api.get("api/v1/me", null, "fr").header("Cache-Control"), "everything else: no-store");
    }

    @ParameterizedTest
    @CsvSource({"admin,district_admin,0", "lead,district_lead,0", "head.college,head_of_school,1",
            "referent.lycee,referent,1", "teacher.ecole,teacher,1", "student.college,student,1",
            "parent.lycee,parent,1"})
    void everyRoleGetsATokenAndItsAccount(String username, String role, int schools) {
        String token = api.token(username, PASSWORD);

        Api.Answer me = api.get("api/v1/me", token, "en");

        assertEquals(200, me.status(), me.body());
        JsonObject body = me.json().asJsonObject();
        assertEquals(username, body.getString("username"));
        assertEquals(List.of(role), body.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(schools, body.getJsonArray("schools").size());
        assertFalse(me.body().contains("password"), "never a password hash");
    }

    @Test
    void wrongPasswordAndUnknownAccountGetTheSameAnswer() {
        Api.Answer wrong = api.post("api/v1/auth/token", "{\"username\":\"teacher.college\",\"password\":\"nope-nope-nope\"}",
                null, "en");
        Api.Answer unknown = api.post("api/v1/auth/token", "{\"username\":\"nobody.here\",\"password\":\"nope-nope-nope\"}",
                null, "en");

        assertEquals(401, wrong.status());
        assertEquals(wrong.status(), unknown.status());
        assertEquals(wrong.body(), unknown.body());
        assertTrue(wrong.header("Content-Type").startsWith("application/problem+json"));
    }

    @Test
    void repeatedFailuresAreThrottled() {
        String username = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"username\":\"" + username + "\",\"password\":\"wrong-password-1\"}";
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.post("api/v1/auth/token", body, null, "en").status());
        }
        api.post("api/v1/auth/token", body, null, "en");

        Api.Answer throttled = api.post("api/v1/auth/token", body, null, "fr");

        assertEquals(429, throttled.status(), throttled.body());
        assertNotNull(throttled.header("Retry-After"));
        assertTrue(throttled.json().asJsonObject().getString("title").startsWith("Trop de tentatives"));
    }

    /** Issue 14: the database matches names ignoring accents, so the throttle must count the account, not the spelling. */
    @Test
    void theThrottleCannotBeSidesteppedBySpellingTheNameAnotherWay() {
        for (String spelling : List.of("stüdent2.ecole", "stûdent2.ecole", "stüdent2.ecole", "STÜDENT2.ecole",
                "stùdent2.ecole", "stüdent2.ecole")) {
            api.post("api/v1/auth/token", "{\"username\":\"" + spelling + "\",\"password\":\"wrong-password-1\"}",
                    null, "en");
        }

        Api.Answer right = api.post("api/v1/auth/token",
                "{\"username\":\"stūdent2.ecole\",\"password\":\"" + PASSWORD + "\"}", null, "en");

        assertEquals(429, right.status(), right.body());
        assertNotNull(right.header("Retry-After"));
    }

    @Test
    void accountEndpointsNeedAValidToken() {
        Api.Answer none = api.get("api/v1/me", null, "en");
        Api.Answer forged = api.get("api/v1/me", "not-a-real-token", "fr");

        assertEquals(401, none.status());
        assertEquals(401, forged.status());
        assertTrue(forged.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(forged.body().contains("Connectez-vous"), forged.body());
    }

    @Test
    void aRevokedTokenStopsWorking() {
        String token = api.token("teacher.lycee", PASSWORD);
        assertEquals(200, api.get("api/v1/me", token, "en").status());

        assertEquals(204, api.delete("api/v1/auth/token", token).status());

        assertEquals(401, api.get("api/v1/me", token, "en").status());
    }

    @Test
    void aParentSeesTheirOwnChildOnlyAndOthersAreRefused() {
        String parent = api.token("parent.college", PASSWORD);
        String student = api.token("student.college", PASSWORD);

        Api.Answer children = api.get("api/v1/me/children", parent, "en");
        Api.Answer refused = api.get("api/v1/me/children", student, "en");

        assertEquals(200, children.status());
        JsonArray list = children.json().asJsonArray();
        assertEquals(1, list.size());
        assertEquals("Léa", list.getJsonObject(0).getString("firstName"));
        assertEquals(403, refused.status());
    }

    @Test
    void onlyTheDistrictAdminAddsSchools() {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String json = "{\"code\":\"" + code + "\",\"name\":\"Collège des Tests\",\"level\":\"COLLEGE\"}";

        Api.Answer teacher = api.post("api/v1/schools", json, api.token("head.college", PASSWORD), "en");
        Api.Answer admin = api.post("api/v1/schools", json, api.token("admin", PASSWORD), "en");
        Api.Answer again = api.post("api/v1/schools", json, api.token("admin", PASSWORD), "en");

        assertEquals(403, teacher.status());
        assertEquals(201, admin.status(), admin.body());
        assertEquals(code, admin.json().asJsonObject().getString("code"));
        assertTrue(api.get("api/v1/schools", null, "en").body().contains(code));
        assertEquals(400, again.status());
        assertEquals("code", again.json().asJsonObject().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}|code",
            "{\"code\":\"x\",\"name\":\"Ok\",\"level\":\"LYCEE\"}|code",
            "{\"code\":\"GOOD-CODE-1\",\"name\":\"  \",\"level\":\"LYCEE\"}|name",
            "{\"code\":\"GOOD-CODE-2\",\"name\":\"Ok\"}|level"})
    void invalidSchoolsAreRefusedFieldByFieldInTheRequestLanguage(String json, String field) {
        String token = api.token("admin", PASSWORD);

        Api.Answer en = api.post("api/v1/schools", json, token, "en");
        Api.Answer fr = api.post("api/v1/schools", json, token, "fr");

        assertEquals(400, en.status(), en.body());
        JsonArray violations = en.json().asJsonObject().getJsonArray("violations");
        assertTrue(violations.stream().anyMatch(v -> v.asJsonObject().getString("field").equals(field)), en.body());
        assertFalse(en.json().asJsonObject().getString("title").equals(fr.json().asJsonObject().getString("title")));
        assertFalse(api.get("api/v1/schools", null, "en").body().contains("GOOD-CODE"));
    }

    @Test
    void brokenRequestsAreClientErrorsNeverServerErrors() {
        String token = api.token("admin", PASSWORD);

        assertEquals(400, api.post("api/v1/schools", "{not json", token, "en").status());
        assertEquals(400, api.post("api/v1/schools", "{\"level\":\"CASTLE\",\"code\":\"ABC\",\"name\":\"x\"}",
                token, "en").status());
        assertEquals(415, api.postRaw("api/v1/schools", "code=ABC", "application/x-www-form-urlencoded", token, "en")
                .status());
        assertEquals(400, api.post("api/v1/auth/token", "", null, "en").status());
        assertEquals(404, api.get("api/v1/nothing-here", null, "en").status());
    }

    @Test
    void healthOpenApiAndSecurityHeaders() {
        Api.Answer ready = api.get("/health/ready", null, "en");
        Api.Answer openapi = api.get("/openapi", null, "en");
        Api.Answer schools = api.get("api/v1/schools", null, "en");

        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"UP\""));
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/schools") && openapi.body().contains("/api/v1/auth/token"));
        assertTrue(openapi.body().contains("/api/v1/reports/mine/evidence"), "the servlet endpoint is documented");
        assertTrue(openapi.body().contains("/api/v1/reports/access"));
        assertEquals("nosniff", schools.header("X-Content-Type-Options"));
        assertEquals("no-referrer", schools.header("Referrer-Policy"));
        assertTrue(schools.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    }
}
