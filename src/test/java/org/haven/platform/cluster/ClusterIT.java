package org.haven.platform.cluster;

import org.haven.signin.TestStaff;
import org.haven.testing.Awaiting;
import org.haven.testing.Db;
import org.haven.testing.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 17, process level: {@code deploy/cluster.sh} with two Payara Micro instances on free loopback ports, on the
 * test database. A rate limit reached through instance A holds through B; a session made on A is used directly on B
 * while A is alive (a page, a Faces postback, and back on A); an account disabled or a role removed binds a session
 * on B at its next request; the deadline sweep runs once a minute,
 * not once per instance; a web session made on A (a login, a page's Faces view state) is served by B after A is
 * killed, and B takes the sweep's lease over. Everything the script started is stopped afterwards, whatever happens.
 *
 * <p>Not in the default run (two Payara boots and about four minutes of watching the sweep's turns): run it with
 * {@code ./deploy/test.sh -Dit.test=ClusterIT -Dhaven.test.cluster=true -Dtest=NoSuchTest
 * -Dsurefire.failIfNoSpecifiedTests=false}. Times are printed, never asserted; waits are bounded.
 */
@EnabledIfSystemProperty(named = "haven.test.cluster", matches = "true",
        disabledReason = "process-level cluster test: -Dhaven.test.cluster=true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration BOOT = Duration.ofMinutes(8);
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "Demo-Haven-2026";
    private static final Pattern HTML_EN = Pattern.compile("<html[^>]*lang=\"en\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static Process cluster;
    private static List<ProcessHandle> started = List.of();
    private static int port;
    private static Path logs;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        port = freeBase();
        // A folder per run: Failsafe's rerun of a failed start must not overwrite the logs that say why it failed.
        logs = Path.of("target", "cluster-it", "run-" + System.currentTimeMillis());
        Files.createDirectories(logs);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        ProcessBuilder pb = new ProcessBuilder("bash", "deploy/cluster.sh").redirectErrorStream(true)
                .redirectOutput(logs.resolve("cluster.out").toFile());
        Map<String, String> env = pb.environment();
        env.put("PORT", Integer.toString(port));
        env.put("HAVEN_INSTANCES", "2");
        env.put("HAVEN_SKIP_BUILD", "1");
        env.put("HAVEN_CLUSTER_LOGS", logs.toAbsolutePath().toString());
        env.put("HAVEN_DB_URL", System.getProperty("haven.test.db.jdbc"));
        env.put("HAVEN_DB_USER", System.getProperty("haven.test.db.user"));
        env.put("HAVEN_DB_PASSWORD", System.getProperty("haven.test.db.password", ""));
        env.put("HAVEN_RECEIPT_KEY", Base64.getEncoder().encodeToString(key) + "cluster-it");
        env.put("HAVEN_EVIDENCE_KEY", "it:" + Base64.getEncoder().encodeToString(key));
        env.put("HAVEN_DEMO", "true");
        env.put("HAVEN_JAVA_OPTS", "-Xmx400m");
        env.put("HAVEN_STOP_SECONDS", "30");
        long t0 = System.nanoTime();
        cluster = pb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(ClusterIT::stopEverything));
        awaitReady(port + 1);
        awaitReady(port + 2);
        started = cluster.descendants().toList();
        System.out.printf("Cluster: both instances ready %.0f s after cluster.sh started%n", seconds(t0));
    }

    @AfterAll
    static void stopCluster() {
        stopEverything();
    }

    @Test
    @Order(1)
    void aRateLimitReachedThroughAHoldsThroughB() throws Exception {
        String wrong = "{\"receipt\":\"0000 0000 0000 0000\"}";
        for (int i = 1; i <= 5; i++) {
            int status = post(port + 1, "api/v1/reports/access", wrong).statusCode();
            assertNotEquals(429, status, "attempt " + i + " through A is under the limit");
        }
        assertEquals(429, post(port + 2, "api/v1/reports/access", wrong).statusCode(),
                "the sixth wrong receipt, through B, is over the limit counted through A");
        assertEquals(429, post(port + 1, "api/v1/reports/access", wrong).statusCode());
    }

    /**
     * A session cookie made on A is accepted by B directly, while A is alive, for a page and a Faces postback, and
     * back on A for a view B rendered. The session travels in two cookies (Path=/ both): HAVENSESSION, and Payara's
     * JSESSIONIDVERSION, the version of the replicated session that the client last saw, which tells an instance
     * that its own copy is stale and must be read again from Hazelcast. Without the version, an instance serves
     * its own last copy (B's form posted on A: refused) or none: printed below, not asserted (Payara's behaviour).
     */
    @Test
    @Order(2)
    void aSessionMadeOnAIsUsedDirectlyOnBWhileAIsAliveAndBackOnA() {
        URI a = base(1);
        URI b = base(2);
        WebSession browser = new WebSession();
        browser.signIn(a, "referent.college", PASSWORD);
        assertNotNull(browser.cookie("JSESSIONIDVERSION"), "the replicated session's version cookie");

        HttpResponse<String> onB = browser.get(b, "staff/cases.xhtml");
        assertEquals(200, onB.statusCode(), "B serves the session A made, A alive: " + onB.headers().map());
        assertFalse(WebSession.toLogin(onB));

        String renderedByA = browser.get(a, "staff/cases.xhtml").body();
        HttpResponse<String> postbackOnB = browser.postForm(b, "staff/cases.xhtml", WebSession.form(renderedByA,
                Map.of("lang", "lang", "lang:en", "lang:en")));
        assertEquals(200, postbackOnB.statusCode(), "B restores the view A rendered");
        assertTrue(HTML_EN.matcher(postbackOnB.body()).find(), "the language switch ran on B");

        HttpResponse<String> backOnA = browser.get(a, "staff/cases.xhtml");
        assertEquals(200, backOnA.statusCode());
        assertTrue(HTML_EN.matcher(backOnA.body()).find(), "A sees what B changed in the session (English)");
        String renderedByB = browser.get(b, "staff/cases.xhtml").body();
        HttpResponse<String> postbackOnA = browser.postForm(a, "staff/cases.xhtml", WebSession.form(renderedByB,
                Map.of("lang", "lang", "lang:fr", "lang:fr")));
        assertEquals(200, postbackOnA.statusCode(), "A restores the view B rendered");
        assertFalse(HTML_EN.matcher(postbackOnA.body()).find(), "back to French, on A");

        // A client that keeps only HAVENSESSION (not what a browser does): what it gets, for the operations guide.
        String renderedOnB = browser.get(b, "staff/cases.xhtml").body();
        browser.forget("JSESSIONIDVERSION");
        HttpResponse<String> stale = browser.postForm(a, "staff/cases.xhtml", WebSession.form(renderedOnB,
                Map.of("lang", "lang", "lang:en", "lang:en")));
        System.out.println("Without JSESSIONIDVERSION, B's view posted on A: " + stale.statusCode()
                + (WebSession.toLogin(stale) ? " (login page)" : ""));
    }

    /** A role change made in the database (as any instance makes it) binds a session at its next request on B. */
    @Test
    @Order(3)
    void anAccountDisabledEndsItsSessionOnBAndARoleRemovedNarrowsIt() {
        String demoted = TestStaff.newReferent("cluster-demote");
        long demotedId = TestStaff.id(demoted);
        Db.update("INSERT INTO account_role (account_id, role, school_id) VALUES (?, 'DISTRICT_LEAD', NULL)", demotedId);
        String disabled = TestStaff.newReferent("cluster-disable");
        WebSession lead = new WebSession();
        lead.signIn(base(1), demoted, PASSWORD);
        WebSession referent = new WebSession();
        referent.signIn(base(1), disabled, PASSWORD);
        assertEquals(200, lead.get(base(2), "district/index.xhtml").statusCode());
        assertEquals(200, referent.get(base(2), "staff/cases.xhtml").statusCode());

        Db.update("DELETE FROM account_role WHERE account_id = ? AND role = 'DISTRICT_LEAD'", demotedId);
        Db.update("UPDATE account SET enabled = FALSE WHERE id = ?", TestStaff.id(disabled));

        assertEquals(403, lead.get(base(2), "district/index.xhtml").statusCode(), "the removed role, on B");
        assertEquals(200, lead.get(base(1), "staff/cases.xhtml").statusCode(), "narrowed, not ended, on A");
        assertTrue(WebSession.toLogin(referent.get(base(2), "staff/cases.xhtml")), "disabled: ended on B");
    }

    @Test
    @Order(4)
    void theDeadlineSweepRunsOnceAMinuteNotOncePerInstance() throws Exception {
        List<long[]> turns = watchTurns("case-deadlines", 2, Duration.ofMinutes(2));
        for (int i = 1; i < turns.size(); i++) {
            long runs = turns.get(i)[0] - turns.get(i - 1)[0];
            long apartMs = turns.get(i)[1] - turns.get(i - 1)[1];
            assertEquals(1, runs, "one run per turn, not one per instance (turn " + i + ")");
            assertTrue(apartMs >= 45_000, "two runs " + apartMs + " ms apart: both instances swept");
        }
        System.out.println("Deadline sweep: " + turns.size() + " runs watched, " + (turns.size() - 1)
                + " interval(s) of one run, held by " + owner("case-deadlines"));
    }

    @Test
    @Order(5)
    void aSessionMadeOnAIsServedByBAfterAIsKilledAndBTakesTheSweepOver() throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        signIn(port + 1, cookies);
        HttpResponse<String> onA = get(port + 1, "staff/cases.xhtml", cookies);
        assertEquals(200, onA.statusCode(), "signed in on A");
        Matcher vs = VIEW_STATE.matcher(onA.body());
        assertTrue(vs.find(), "the page carries a Faces view state");
        String viewState = vs.group(1);

        ProcessHandle a = instance(1);
        long killed = System.nanoTime();
        a.destroyForcibly();
        a.onExit().get(60, TimeUnit.SECONDS);

        HttpResponse<String> onB = get(port + 2, "staff/cases.xhtml", cookies);
        assertEquals(200, onB.statusCode(), "B serves the session made on A: " + onB.headers().map());
        assertFalse(onB.body().contains("login:username"), "not sent back to the login form");
        System.out.printf("Session: served by B %.1f s after A was killed%n", seconds(killed));

        // A postback on B of the view A rendered: B restores A's view state from the replicated session.
        HttpResponse<String> logout = postForm(port + 2, "staff/cases.xhtml", cookies, Map.of("user", "user",
                "user:logout", "", "jakarta.faces.ViewState", viewState));
        String location = logout.headers().firstValue("Location").orElse("");
        assertTrue(logout.statusCode() == 302 && location.contains("signedOut=true"),
                "the view rendered by A was restored by B: " + logout.statusCode() + " " + location);

        String before = owner("case-deadlines");
        if (before.startsWith("haven-1/")) {
            Awaiting.value("B takes the sweep's lease over from A", Duration.ofMinutes(4),
                    () -> Optional.of(owner("case-deadlines")).filter(o -> o.startsWith("haven-2/")),
                    () -> owner("case-deadlines"));
            System.out.printf("Lease: taken over by B %.0f s after A was killed%n", seconds(killed));
        } else {
            System.out.println("Lease: B held the sweep already (" + before + ")");
        }
    }

    private static URI base(int instance) {
        return URI.create("http://127.0.0.1:" + (port + instance) + "/");
    }

    // --- the cluster's processes ---

    private static ProcessHandle instance(int i) throws IOException {
        for (String line : Files.readAllLines(logs.resolve("instances.pids"))) {
            String[] parts = line.split(" ");
            if (parts[0].equals(Integer.toString(i))) {
                return ProcessHandle.of(Long.parseLong(parts[1])).orElseThrow();
            }
        }
        throw new IllegalStateException("no pid for instance " + i);
    }

    /** SIGTERM to the script (it stops the balancer and the instances), then SIGKILL to whatever is left. */
    private static synchronized void stopEverything() {
        if (cluster == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(started);
        all.addAll(cluster.descendants().toList());
        cluster.destroy();
        try {
            cluster.waitFor(90, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        cluster.destroyForcibly();
        for (ProcessHandle p : all) {
            p.destroyForcibly();
        }
        cluster = null;
    }

    private static int freeBase() {
        for (int tries = 0; tries < 50; tries++) {
            int base = ThreadLocalRandom.current().nextInt(20_000, 40_000);
            if (List.of(base, base + 1, base + 2, base + 101, base + 102).stream().allMatch(ClusterIT::free)) {
                return base;
            }
        }
        throw new IllegalStateException("no free ports found");
    }

    private static boolean free(int p) {
        try (Socket s = new Socket("127.0.0.1", p)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static void awaitReady(int instancePort) {
        Awaiting.until("instance on port " + instancePort + " ready (logs in " + logs + ")", BOOT, () -> {
            if (!cluster.isAlive()) {
                fail("cluster.sh ended: see " + logs.resolve("cluster.out"));
            }
            return get(instancePort, "health/ready", Map.of()).statusCode() == 200;
        });
    }

    // --- the sweep's lease, read in the database ---

    /** Polls the lease's turns until {@code changes} changes were seen; returns [turns, time seen ms] per value. */
    private static List<long[]> watchTurns(String job, int changes, Duration limit) {
        List<long[]> seen = new ArrayList<>();
        long last = turns(job);
        for (int i = 0; i < changes; i++) {
            long before = last;
            last = Awaiting.value("run " + (i + 1) + " of " + job, limit,
                    () -> Optional.of(turns(job)).filter(t -> t != before), () -> "turns " + before);
            seen.add(new long[] {last, System.currentTimeMillis()});
        }
        return seen;
    }

    private static long turns(String job) {
        return Db.number("SELECT COALESCE(MAX(turns), 0) FROM job_lease WHERE job = ?", job);
    }

    private static String owner(String job) {
        List<Map<String, Object>> rows = Db.rows("SELECT owner FROM job_lease WHERE job = ?", job);
        assertNotNull(rows);
        return rows.isEmpty() ? "" : String.valueOf(rows.getFirst().get("owner"));
    }

    // --- HTTP, one cookie jar for both instances (cookies are per host, not per port) ---

    private static void signIn(int instancePort, Map<String, String> cookies) throws Exception {
        HttpResponse<String> page = get(instancePort, "login.xhtml", cookies);
        Matcher vs = VIEW_STATE.matcher(page.body());
        assertTrue(vs.find(), "login form");
        HttpResponse<String> answer = postForm(instancePort, "login.xhtml", cookies, Map.of("login", "login",
                "login:username", "referent.college", "login:password", "Demo-Haven-2026", "login:submit", "",
                "jakarta.faces.ViewState", vs.group(1)));
        assertEquals(302, answer.statusCode(), "signed in: " + answer.body());
    }

    private static HttpResponse<String> get(int instancePort, String path, Map<String, String> cookies)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(url(instancePort, path)).timeout(Duration.ofSeconds(60)).GET();
        return send(b, cookies);
    }

    private static HttpResponse<String> post(int instancePort, String path, String json)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url(instancePort, path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), null);
    }

    private static HttpResponse<String> postForm(int instancePort, String path, Map<String, String> cookies,
                                                 Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(url(instancePort, path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), cookies);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b, Map<String, String> cookies)
            throws IOException, InterruptedException {
        if (cookies != null && !cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (cookies != null) {
            for (String set : r.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return r;
    }

    private static URI url(int instancePort, String path) {
        return URI.create("http://127.0.0.1:" + instancePort + "/" + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
