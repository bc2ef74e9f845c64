package org.haven.signin;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * A real OpenID Connect provider for the tests (mock-oauth2-server: discovery, authorization, token, JWKS and
 * end-session endpoints, tokens signed with its own RSA key), on the loopback port that the build reserved and
 * told the application (HAVEN_OIDC_ISSUER in pom.xml). Started and shut down by each test that uses it.
 */
public final class DistrictProvider implements AutoCloseable {

    public static final String ISSUER_ID = "district";
    public static final String CLIENT_ID = "haven-tests";

    private final MockOAuth2Server server = new MockOAuth2Server();

    public DistrictProvider() {
        try {
            server.start(InetAddress.getByName("127.0.0.1"), port());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int port() {
        return Integer.parseInt(System.getProperty("haven.test.oidc.port"));
    }

    /** The next sign-in at the provider is this person, with these claims (the username claim among them). */
    public void nextSignIn(String subject, Map<String, Object> claims) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    /** The next sign-in is of someone whose ID token has already expired (issued two hours ago, valid one). */
    public void nextSignInExpired(String username) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "expired-" + username, "JWT",
                List.of(CLIENT_ID), Map.of("preferred_username", username), -3600));
    }

    public MockOAuth2Server server() {
        return server;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
