package org.haven.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.haven.testing.Api;
import org.haven.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The whole REST surface, generated from /openapi (issue 14): every JSON endpoint refuses bad bodies at once, and
 * every role's access to every endpoint is the one written in {@link AccessTable}, so that a new endpoint without
 * a rule fails the build. The findings of issue 14 that are seen from outside are checked here too, each with the
 * request that showed it.
 */
@ExtendWith(ArquillianExtension.class)
class ApiSurfaceIT {

    static final String PASSWORD = "Demo-Haven-2026";
    static final long MAX_MILLIS = 2000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.haven();
    }

    @ArquillianResource
    URL url;

    private Api api;
    private URI base;

    @BeforeEach
    void setUp() {
        base = Deployments.loopback(url);
        api = new Api(base);
    }

    private OpenApiOperations openApi() {
        Api.Answer a = api.get("/openapi", null, "en", Map.of("Accept", "application/json"));
        assertEquals(200, a.status(), a.body());
        return new OpenApiOperations(a.body());
    }

    /**
     * Every JSON body endpoint, as a role that may call it: the valid example cut at every byte, each property of
     * the wrong type, an unknown property, a huge body and a deep one: a 4xx within 2 s each. Afterwards the server
     * still answers many requests at once, so no request thread was left spinning.
     */
    @Test
    void everyJsonEndpointRefusesBadBodiesAtOnce() {
        OpenApiOperations openApi = openApi();
        AccessTable.Fixture fixture = AccessTable.Fixture.load(api);
        int calls = 0;
        long slowest = 0;
        for (OpenApiOperations.Operation op : openApi.all()) {
            if (op.jsonSchema() == null) {
                continue;
            }
            String path = fixture.own(op.path());
            String token = op.secured() ? fixture.callerOf(api, op, path) : null;
            JsonObject example = openApi.example(op.jsonSchema()).asJsonObject();
            List<String> bodies = new ArrayList<>();
            String valid = example.toString();
            for (int cut = 1; cut < valid.length(); cut++) {
                bodies.add(valid.substring(0, cut));
            }
            JsonObject properties = openApi.resolve(op.jsonSchema()).getJsonObject("properties");
            if (properties != null) {
                properties.forEach((name, schema) -> bodies.add(with(example, name,
                        openApi.wrongType(schema.asJsonObject())).toString()));
            }
            bodies.add(with(example, "zzUnknownProperty", Json.createValue(1)).toString());
            bodies.add("{\"a\":\"" + "x".repeat(JsonBodyGuard.MAX_BYTES + 10) + "\"}");
            bodies.add("[".repeat(200) + "]".repeat(200));
            bodies.add("");
            for (String body : bodies) {
                long start = System.nanoTime();
                Api.Answer a = api.send(op.method(), path, body, token, "en");
                long millis = (System.nanoTime() - start) / 1_000_000;
                calls++;
                slowest = Math.max(slowest, millis);
                String shown = body.length() > 200 ? body.substring(0, 200) + "... (" + body.length() + " chars)" : body;
                if (a.status() < 400 || a.status() >= 500) {
                    fail(op.key() + " answered " + a.status() + " to " + shown + ": " + a.body());
                }
                if (millis > MAX_MILLIS) {
                    fail(op.key() + " took " + millis + " ms for " + shown);
                }
            }
        }
        System.out.printf("ApiSurfaceIT: %d bad bodies, slowest answer %d ms%n", calls, slowest);
        assertTrue(calls > 1000, "the generated bodies reached the endpoints: " + calls);
        serverStillAnswersManyAtOnce();
    }

    /** 32 requests at once, each answered within 2 s: no request thread is stuck in a body. */
    private void serverStillAnswersManyAtOnce() {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Long>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    long start = System.nanoTime();
                    Api.Answer a = new Api(base).get("api/v1/schools", null, "en");
                    assertEquals(200, a.status());
                    return (System.nanoTime() - start) / 1_000_000;
                }, pool));
            }
            long slowest = answers.stream().mapToLong(CompletableFuture::join).max().orElse(0);
            assertTrue(slowest < MAX_MILLIS, "after the bad bodies a plain request took " + slowest + " ms");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every operation of /openapi × every role × own school, other school, no token: the table in AccessTable. */
    @Test
    void everyRoleReachesEveryEndpointAsTheTableSays() {
        List<OpenApiOperations.Operation> operations = openApi().all();
        AccessTable.Fixture fixture = AccessTable.Fixture.load(api);
        Map<String, String> actual = AccessTable.measure(api, fixture, operations);
        List<String> problems = AccessTable.compare(actual);
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n\nMeasured table:\n"
                + AccessTable.format(actual));
    }

    /** Finding 5: bad values that were server errors are refused on their field. */
    @Test
    void badValuesAreRefusedOnTheirField() {
        String referent = api.token("referent.college", PASSWORD);
        Api.Answer from = api.get("api/v1/cases?from=-999999999-01-01", referent, "en");
        Api.Answer checkIn = api.post("api/v1/cases/1/safeguarding/check-ins",
                "{\"on\":\"+999999999-12-31\",\"label\":\"Point avec l'élève\"}", referent, "en");
        Api.Answer nullParty = api.post("api/v1/cases", "{\"parties\":[null]}", referent, "en");

        assertField(from, 400, "from");
        assertField(checkIn, 400, "checkInOn");
        assertEquals(400, nullParty.status(), nullParty.body());
    }

    /**
     * Finding 5: a Faces form that cannot be restored (a made-up or foreign view state, or a post without the
     * page's nonce, as with a tampered form id) is a 400 with the kind "page expired" page, not a 500.
     */
    @Test
    void aStaleOrTamperedFormIsA400WithTheExpiredPage() {
        Api.Answer page = api.get("login.xhtml", null, "fr");
        String session = page.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("HAVENSESSION=")).map(c -> c.split(";")[0]).findFirst().orElseThrow();
        java.util.regex.Matcher state = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(state.find(), page.body());
        String viewState = java.net.URLEncoder.encode(state.group(1), java.nio.charset.StandardCharsets.UTF_8);
        Api.Answer foreign = form("login=login&jakarta.faces.ViewState=123%3A456&login%3Ausername=x", null);
        Api.Answer tampered = form("login=%3Benv%3B&jakarta.faces.ViewState=" + viewState
                + "&login%3Ausername=x&login%3Apassword=y", session);

        for (Api.Answer a : List.of(foreign, tampered)) {
            assertEquals(400, a.status(), a.body());
            assertTrue(a.body().contains("id=\"expired-truth\""), a.body());
            assertEquals("text/html;charset=UTF-8", a.header("Content-Type").replace(" ", ""));
            assertEquals("nosniff", a.header("X-Content-Type-Options"));
            assertEquals("no-store", a.header("Cache-Control"));
        }
    }

    private Api.Answer form(String body, String cookie) {
        return api.postBytes("login.xhtml", body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", null, "fr", cookie == null ? Map.of() : Map.of("Cookie", cookie));
    }

    /**
     * Finding 6: the session cookie is SameSite=Lax; the login redirect names a path, never the Host the client
     * sent, and carries the security headers; container error pages carry them too, static ones in UTF-8.
     */
    @Test
    void cookiesRedirectsAndErrorPagesCarryTheControls() {
        Api.Answer login = api.get("login.xhtml", null, "fr");
        Api.Answer redirect = api.get("home.xhtml", null, "fr");
        Api.Answer notFound = api.get("no-such-page.xhtml", null, "fr");
        Api.Answer serverPage = api.get("error/server.html", null, "fr");

        String cookie = login.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("HAVENSESSION=")).findFirst().orElseThrow();
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP: " + cookie);
        Api.Answer proxied = api.get("login.xhtml", null, "fr", Map.of("X-Forwarded-Proto", "https"));
        String secure = proxied.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("HAVENSESSION=")).findFirst().orElseThrow();
        assertTrue(secure.contains("Secure"), "HTTPS at the proxy: " + secure);
        assertTrue(proxied.header("Strict-Transport-Security").startsWith("max-age="));
        assertEquals(302, redirect.status());
        assertEquals(base.getPath() + "login.xhtml", redirect.header("Location"));
        for (Api.Answer a : List.of(redirect, notFound, serverPage)) {
            assertEquals("nosniff", a.header("X-Content-Type-Options"), a.raw().uri().toString());
            assertEquals("no-store", a.header("Cache-Control"), a.raw().uri().toString());
            assertTrue(a.header("Content-Security-Policy").contains("frame-ancestors 'none'"), a.raw().uri().toString());
        }
        assertEquals(404, notFound.status());
        assertEquals("text/html;charset=UTF-8", serverPage.header("Content-Type").replace(" ", ""));

        Api.Answer forbidden = api.get("admin/index.xhtml", null, "fr", Map.of("Cookie", signIn("teacher.college")));
        Api.Answer badToken = api.get("api/v1/me", "not-a-token", "fr");
        assertEquals(403, forbidden.status(), "the container's refusal of the admin area to a teacher");
        assertEquals(401, badToken.status());
        for (Api.Answer a : List.of(forbidden, badToken)) {
            assertEquals("nosniff", a.header("X-Content-Type-Options"), a.raw().uri().toString());
            assertEquals("no-store", a.header("Cache-Control"), a.raw().uri().toString());
            assertTrue(a.header("Content-Security-Policy").contains("frame-ancestors 'none'"), a.raw().uri().toString());
        }
    }

    /** Finding 6: a forged Host is never copied into the login redirect. */
    @Test
    void theLoginRedirectIgnoresAForgedHost() throws Exception {
        // The JDK client refuses to set Host itself: a raw request over a socket says what a forger sends.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "GET " + base.getPath() + "home.xhtml HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 302"), answer);
            assertTrue(answer.contains("Location: " + base.getPath() + "login.xhtml\r\n"), answer);
            assertFalse(answer.contains("evil.example"), answer);
        }
    }

    /** Finding 7: no WADL, no metrics for anyone; health answers without detail. */
    @Test
    void internalsAreNotPublic() {
        Api.Answer wadl = api.get("api/application.wadl", null, "en");
        Api.Answer options = api.send("OPTIONS", "api/v1/cases", null, null, "en");
        Api.Answer metrics = api.get("/metrics", null, "en");
        Api.Answer ready = api.get("/health/ready", null, "en");
        Api.Answer live = api.get("/health/live", null, "en");

        assertEquals(404, wadl.status(), wadl.body());
        assertFalse(options.body().contains("wadl") || options.body().contains("Jersey"), options.body());
        assertTrue(metrics.status() == 403 || metrics.status() == 404, metrics.status() + " " + metrics.body());
        assertFalse(metrics.body().contains("cpu") || metrics.body().contains("thread"), metrics.body());
        assertEquals(200, ready.status());
        assertEquals(200, live.status());
        assertFalse(ready.body().matches("(?s).*\\d+\\.\\d+.*|.*version.*"), ready.body());
    }

    /** Finding 8: one rule for every text: a NUL is refused in a parent's and a reporter's message alike. */
    @Test
    void everyTextFollowsOneRule() {
        AccessTable.Fixture fixture = AccessTable.Fixture.load(api);
        String parent = fixture.tokens().get("parent");
        String reporter = fixture.tokens().get(AccessTable.REPORTER);
        String family = "api/v1/family/cases/" + fixture.own().get("family") + "/messages";

        assertField(api.post(family, "{\"body\":\"Bonjour\\u0000madame\"}", parent, "en"), 400, "body");
        assertField(api.post("api/v1/reports/mine/messages", "{\"body\":\"Bonjour\\u0000\"}", reporter, "en"),
                400, "body");
        for (String wrong : List.of("{\"body\":5}", "{\"body\":[\"a\"]}", "{\"body\":{\"a\":1}}")) {
            assertEquals(400, api.post(family, wrong, parent, "en").status(), wrong);
            assertEquals(400, api.post("api/v1/reports/mine/messages", wrong, reporter, "en").status(), wrong);
        }
        assertEquals(400, api.post("api/v1/cases/1/safeguarding/check-ins", "{\"on\":\"2099-01-01\",\"label\":5}",
                api.token("referent.college", PASSWORD), "en").status());
    }

    /**
     * Finding 9: the teacher who filed case 3 (closed) and case 1 sees each as filed and its progress: no closing
     * summary, follow-ups, escalations, step notes or forms, no party added later, a timeline of progress only;
     * the referent sees the file.
     */
    @Test
    void theFilerSeesTheIncidentAsFiledAndItsProgressNotTheFile() {
        String referent = api.token("referent.college", PASSWORD);
        String teacher = api.token("teacher.college", PASSWORD);
        Api.Answer added = api.post("api/v1/cases/1/parties",
                "{\"name\":\"« ghost_" + System.nanoTime() % 100000 + " »\",\"part\":\"WITNESS\"}", referent, "en");
        assertTrue(added.status() / 100 == 2, added.body());

        JsonObject closedForReferent = api.get("api/v1/cases/3", referent, "en").json().asJsonObject();
        JsonObject closedForFiler = api.get("api/v1/cases/3", teacher, "en").json().asJsonObject();
        JsonObject openForReferent = api.get("api/v1/cases/1", referent, "en").json().asJsonObject();
        JsonObject openForFiler = api.get("api/v1/cases/1", teacher, "en").json().asJsonObject();
        List<String> timeline = api.get("api/v1/cases/1/timeline", teacher, "en").json().asJsonArray().stream()
                .map(e -> e.asJsonObject().getString("kind")).toList();

        assertTrue(closedForReferent.containsKey("closingSummary"), "the referent reads the file");
        assertFalse(closedForFiler.containsKey("closingSummary"), closedForFiler.toString());
        assertEquals("CLOSED", closedForFiler.getString("status"));
        assertTrue(closedForFiler.getJsonArray("followUps").isEmpty());
        assertTrue(openForFiler.getJsonArray("escalations").isEmpty());
        assertFalse(openForReferent.getJsonArray("escalations").isEmpty(), "case 1 is escalated");
        assertTrue(openForReferent.getJsonArray("parties").stream()
                .anyMatch(p -> p.asJsonObject().getBoolean("addedLater")), openForReferent.toString());
        assertTrue(openForFiler.getJsonArray("parties").stream()
                .noneMatch(p -> p.asJsonObject().getBoolean("addedLater")), openForFiler.toString());
        assertFalse(openForFiler.getJsonArray("parties").isEmpty(), "the parties as filed stay");
        assertFalse(openForFiler.getJsonArray("steps").isEmpty(), "the progress stays");
        for (var step : openForFiler.getJsonArray("steps")) {
            JsonObject s = step.asJsonObject();
            assertFalse(s.containsKey("note") || s.containsKey("skipReason"), s.toString());
        }
        assertTrue(AccessTable.PROGRESS_KINDS.containsAll(timeline), timeline.toString());

        String summary = closedForReferent.getString("closingSummary");
        assertTrue(casePage("referent.college", 3).contains(summary), "the referent's page shows the summary");
        String filerPage = casePage("teacher.college", 3);
        assertTrue(filerPage.contains("2026-000003") || filerPage.contains(closedForFiler.getString("number")));
        assertFalse(filerPage.contains(summary), "the filer's page does not show the closing summary");
    }

    /** The staff case page as this account sees it, signed in through the login form as a browser does. */
    private String casePage(String username, long caseId) {
        Api.Answer casePage = api.get("staff/case.xhtml?id=" + caseId, null, "fr", Map.of("Cookie", signIn(username)));
        assertEquals(200, casePage.status(), casePage.body());
        return casePage.body();
    }

    /** Signs in through the login form as a browser does; returns the session cookie. */
    private String signIn(String username) {
        Api.Answer page = api.get("login.xhtml", null, "fr");
        String cookie = sessionCookie(page);
        String body = "login=login&login%3Ausername=" + username + "&login%3Apassword=" + PASSWORD
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + encoded(hidden(page.body(), "jakarta.faces.ViewState"))
                + "&primefaces.nonce=" + encoded(nonce(page.body()));
        Api.Answer signedIn = form(body, cookie);
        assertEquals(302, signedIn.status(), signedIn.body());
        return sessionCookie(signedIn);
    }

    private static String sessionCookie(Api.Answer a) {
        return a.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("HAVENSESSION="))
                .map(c -> c.split(";")[0]).findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private static String hidden(String html, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("name=\"" + java.util.regex.Pattern.quote(name) + "\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), name + " in " + html);
        return m.group(1);
    }

    private static String nonce(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "a script nonce in the login page");
        return m.group(1);
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void assertField(Api.Answer a, int status, String field) {
        assertEquals(status, a.status(), a.body());
        assertTrue(a.json().asJsonObject().getJsonArray("violations").stream()
                .anyMatch(v -> v.asJsonObject().getString("field").equals(field)), a.body());
    }

    static JsonObject with(JsonObject o, String name, JsonValue value) {
        JsonObjectBuilder b = Json.createObjectBuilder(o);
        b.add(name, value);
        return b.build();
    }
}
