package org.haven.signin.api;

import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.haven.signin.DistrictProvider;
import org.haven.signin.infrastructure.OidcProvider;
import org.haven.testing.Db;
import org.haven.testing.Deployments;
import org.haven.testing.OnSharedServer;
import org.haven.testing.SharedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in with the district's OpenID Connect provider, end to end against a real provider (issue 21): the browser's
 * hops are followed one by one with a cookie jar, as a browser would.
 */
@OnSharedServer
class ProviderSignInIT {

    URL url = SharedServer.url();

    private URI base;
    private HttpClient browser;

    @BeforeEach
    void setUp() {
        base = Deployments.loopback(url);
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void theAccountIsMatchedByUsernameAndKeepsItsDirectoryRoles() throws Exception {
        try (DistrictProvider provider = new DistrictProvider()) {
            provider.nextSignIn("sub-referent", Map.of("preferred_username", "referent.college",
                    "groups", List.of("haven-staff", "haven-admins")));

            HttpResponse<String> home = signInThroughTheProvider();

            assertEquals(302, home.statusCode());
            assertEquals("/haven/home.xhtml", home.headers().firstValue("Location").orElse(""));
            assertEquals(200, get("staff/cases.xhtml").statusCode(), "a referent's pages");
            assertEquals(403, get("admin/accounts.xhtml").statusCode(), "a claim never grants a role");
            assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE actor = 'referent.college'"
                    + " AND action = 'LOGIN_SUCCEEDED' AND detail = 'oidc'") > 0);
        }
    }

    @Test
    void aPupilSignsInAsAPupil() throws Exception {
        try (DistrictProvider provider = new DistrictProvider()) {
            provider.nextSignIn("sub-student", Map.of("preferred_username", "student.college", "groups", List.of("haven-pupils")));

            assertEquals(302, signInThroughTheProvider().statusCode());

            assertEquals(403, get("staff/cases.xhtml").statusCode());
        }
    }

    @Test
    void theProviderCanTakeARoleAwayButNeverGiveOne() throws Exception {
        try (DistrictProvider provider = new DistrictProvider()) {
            provider.nextSignIn("sub-demoted", Map.of("preferred_username", "referent.college", "groups", List.of("haven-pupils")));

            HttpResponse<String> answer = signInThroughTheProvider();

            assertEquals("/haven/login.xhtml?sso=failed", answer.headers().firstValue("Location").orElse(""),
                    "the provider's groups grant none of the account's roles");
            assertEquals(302, get("staff/cases.xhtml").statusCode(), "not signed in");
            assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN_PROVIDER_REFUSED'"
                    + " AND detail = 'roles-not-granted: referent.college'") > 0);
        }
    }

    @Test
    void anUnknownPersonIsRefusedAndNothingIsCreated() throws Exception {
        try (DistrictProvider provider = new DistrictProvider()) {
            long accounts = Db.number("SELECT COUNT(*) FROM account");
            provider.nextSignIn("sub-stranger", Map.of("preferred_username", "nobody.in.the.directory"));

            HttpResponse<String> answer = signInThroughTheProvider();

            assertEquals("/haven/login.xhtml?sso=failed", answer.headers().firstValue("Location").orElse(""));
            assertEquals(accounts, Db.number("SELECT COUNT(*) FROM account"));
            assertEquals(302, get("staff/cases.xhtml").statusCode(), "not signed in");
            assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN_FAILED'"
                    + " AND detail = 'oidc: no-account'") > 0);
        }
    }

    @Test
    void anExpiredTokenAndAReplayedAnswerAreRefused() throws Exception {
        try (DistrictProvider provider = new DistrictProvider()) {
            provider.nextSignInExpired("referent.college");
            assertEquals("/haven/login.xhtml?sso=failed",
                    signInThroughTheProvider().headers().firstValue("Location").orElse(""));
            assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN_PROVIDER_REFUSED'"
                    + " AND detail = 'id-token-expired'") > 0);

            provider.nextSignIn("sub-replay", Map.of("preferred_username", "teacher.college", "groups", List.of("haven-staff")));
            HttpResponse<String> toProvider = get("oidc/login");
            HttpResponse<String> back = send(URI.create(toProvider.headers().firstValue("Location").orElseThrow()));
            URI callback = URI.create(back.headers().firstValue("Location").orElseThrow());
            assertEquals(302, send(callback).statusCode());
            assertEquals("/haven/login.xhtml?sso=failed", send(callback).headers().firstValue("Location").orElse(""),
                    "the same answer a second time");
            assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN_PROVIDER_REFUSED'"
                    + " AND detail = 'state-mismatch-or-replayed'") > 0);
        }
    }

    @Test
    void aProviderThatIsDownIsSaidSoAndAudited() throws Exception {
        HttpResponse<String> answer = get("oidc/login");

        assertEquals("/haven/login.xhtml?sso=unavailable", answer.headers().firstValue("Location").orElse(""));
        assertTrue(Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN_PROVIDER_REFUSED'"
                + " AND detail = 'provider-unreachable'") > 0);
        String page = get("login.xhtml?sso=unavailable").body();
        assertTrue(page.contains("id=\"sso-error\""), "the login page says so");
        assertTrue(page.contains("id=\"sso-button\""), "and offers the district's button");
    }

    /** The application's check of ID tokens, against the real provider's published keys. */
    @Test
    void aBadSignatureAnotherKeyOrAnotherNonceIsRefused() throws Exception {
        try (DistrictProvider provider = new DistrictProvider()) {
            String token = provider.server().issueToken(DistrictProvider.ISSUER_ID, DistrictProvider.CLIENT_ID,
                    new DefaultOAuth2TokenCallback(DistrictProvider.ISSUER_ID, "sub-1", "JWT",
                            List.of(DistrictProvider.CLIENT_ID), Map.of("nonce", "n-1"), 3600)).serialize();
            // a token made outside a request names the provider by its host name: discovered under that name
            OidcProvider.Endpoints endpoints = OidcProvider.discover(
                    com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet().getIssuer());
            assertEquals(DistrictProvider.port(), URI.create(endpoints.jwks()).getPort());
            assertEquals("sub-1", OidcProvider.verify(endpoints, DistrictProvider.CLIENT_ID, token, "n-1").getSubject());

            String[] parts = token.split("\\.");
            String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                            .replace("sub-1", "sub-2").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
            assertEquals("id-token-signature", reason(() -> OidcProvider.verify(endpoints, DistrictProvider.CLIENT_ID, forged, "n-1")));
            // the same claims and key id, signed with a key of our own, and with a shared secret (HS256)
            com.nimbusds.jwt.SignedJWT parsed = com.nimbusds.jwt.SignedJWT.parse(token);
            com.nimbusds.jwt.SignedJWT foreign = new com.nimbusds.jwt.SignedJWT(new com.nimbusds.jose.JWSHeader.Builder(
                    com.nimbusds.jose.JWSAlgorithm.RS256).keyID(parsed.getHeader().getKeyID()).build(), parsed.getJWTClaimsSet());
            foreign.sign(new com.nimbusds.jose.crypto.RSASSASigner(
                    new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID(parsed.getHeader().getKeyID()).generate()));
            assertEquals("id-token-signature", reason(() -> OidcProvider.verify(endpoints, DistrictProvider.CLIENT_ID,
                    foreign.serialize(), "n-1")));
            com.nimbusds.jwt.SignedJWT hmac = new com.nimbusds.jwt.SignedJWT(
                    new com.nimbusds.jose.JWSHeader(com.nimbusds.jose.JWSAlgorithm.HS256), parsed.getJWTClaimsSet());
            hmac.sign(new com.nimbusds.jose.crypto.MACSigner("a-shared-secret-of-thirty-two-bytes!".getBytes(StandardCharsets.UTF_8)));
            assertEquals("id-token-signature", reason(() -> OidcProvider.verify(endpoints, DistrictProvider.CLIENT_ID,
                    hmac.serialize(), "n-1")));
            assertEquals("id-token-nonce", reason(() -> OidcProvider.verify(endpoints, DistrictProvider.CLIENT_ID, token, "n-2")));
            assertTrue(reason(() -> OidcProvider.verify(endpoints, "another-client", token, "n-1")).startsWith("id-token-"));
        }
    }

    private interface Check {
        void run() throws OidcProvider.ProviderException;
    }

    private static String reason(Check check) {
        try {
            check.run();
            return "accepted";
        } catch (OidcProvider.ProviderException e) {
            return e.reason();
        }
    }

    /** /oidc/login, the provider's authorization endpoint, then the callback; returns the callback's answer. */
    private HttpResponse<String> signInThroughTheProvider() throws IOException, InterruptedException {
        HttpResponse<String> toProvider = get("oidc/login");
        assertEquals(302, toProvider.statusCode(), toProvider.body());
        URI authorize = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
        assertEquals(DistrictProvider.port(), authorize.getPort());
        assertTrue(authorize.getQuery().contains("code_challenge_method=S256"), authorize.toString());
        HttpResponse<String> back = send(authorize);
        assertEquals(302, back.statusCode(), back.body());
        return send(URI.create(back.headers().firstValue("Location").orElseThrow()));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(base.resolve(path));
    }

    private HttpResponse<String> send(URI uri) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
