package org.haven.signin.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.json.JsonObject;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Speaks OpenID Connect (authorization code flow with PKCE) to one provider: its discovery document, the
 * authorization URL, the code exchange and the ID token check (Nimbus JOSE+JWT: signature against the provider's
 * published keys, RS256 or ES256 only, issuer, audience, expiry with a minute of skew, nonce). Every call to the
 * provider is bounded (5 s to connect, 10 s to answer); a provider that is down or answers nonsense is a
 * {@link ProviderException}, never a half sign-in.
 */
public final class OidcProvider {

    /** The endpoints the discovery document names. */
    public record Endpoints(String issuer, String authorization, String token, String jwks, Optional<String> endSession) {
    }

    /** Why a sign-in with the provider failed: a short code for the audit entry, never a token. */
    public static class ProviderException extends Exception {
        private final String reason;

        public ProviderException(String reason, Throwable cause) {
            super(reason, cause);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private OidcProvider() {
    }

    public static Endpoints discover(String issuer) throws ProviderException {
        JsonObject d = ProviderHttp.getJson(issuer + "/.well-known/openid-configuration", "discovery");
        if (!issuer.equals(d.getString("issuer", ""))) {
            throw new ProviderException("discovery-issuer-mismatch", null);
        }
        try {
            return new Endpoints(issuer, d.getString("authorization_endpoint"), d.getString("token_endpoint"),
                    d.getString("jwks_uri"), Optional.ofNullable(d.getString("end_session_endpoint", null)));
        } catch (RuntimeException e) {
            throw new ProviderException("discovery-incomplete", e);
        }
    }

    public static String authorizationUrl(Endpoints e, String clientId, String redirectUri, String scopes,
                                          String state, String nonce, String codeVerifier) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("response_type", "code");
        q.put("client_id", clientId);
        q.put("redirect_uri", redirectUri);
        q.put("scope", scopes);
        q.put("state", state);
        q.put("nonce", nonce);
        q.put("code_challenge", Pkce.challenge(codeVerifier));
        q.put("code_challenge_method", "S256");
        return e.authorization() + (e.authorization().contains("?") ? "&" : "?") + ProviderHttp.form(q);
    }

    /** Exchanges the code for tokens; returns the ID token (a JWT, not yet checked). */
    public static String exchange(Endpoints e, String clientId, String clientSecret, String redirectUri, String code,
                                  String codeVerifier) throws ProviderException {
        String basic = Base64.getEncoder().encodeToString((ProviderHttp.encode(clientId) + ":"
                + ProviderHttp.encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(e.token())).timeout(ProviderHttp.TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ProviderHttp.form(Map.of(
                        "grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri,
                        "code_verifier", codeVerifier, "client_id", clientId)))).build();
        JsonObject answer = ProviderHttp.send(request, "token");
        String idToken = answer.getString("id_token", null);
        if (idToken == null) {
            throw new ProviderException("token-without-id-token", null);
        }
        return idToken;
    }

    /** The claims of a valid ID token for this client and nonce. */
    public static JWTClaimsSet verify(Endpoints e, String clientId, String idToken, String nonce)
            throws ProviderException {
        JWKSet keys;
        try {
            keys = JWKSet.parse(ProviderHttp.get(e.jwks(), "jwks"));
        } catch (ParseException ex) {
            throw new ProviderException("jwks-unreadable", ex);
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256),
                new ImmutableJWKSet<>(keys)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(clientId,
                new JWTClaimsSet.Builder().issuer(e.issuer()).claim("nonce", nonce).build(),
                Set.of("sub", "iat", "exp")));
        try {
            return processor.process(idToken, null);
        } catch (ParseException ex) {
            throw new ProviderException("id-token-unreadable", ex);
        } catch (BadJOSEException ex) {
            String m = String.valueOf(ex.getMessage()).toLowerCase(Locale.ROOT);
            throw new ProviderException(m.contains("expired") ? "id-token-expired" : m.contains("nonce")
                    ? "id-token-nonce" : m.contains("signature") || m.contains("key") ? "id-token-signature"
                    : "id-token-claims", ex);
        } catch (JOSEException ex) {
            throw new ProviderException("id-token-signature", ex);
        }
    }

    public static String endSessionUrl(Endpoints e, String idToken, String postLogoutRedirect) {
        return e.endSession().map(url -> url + (url.contains("?") ? "&" : "?") + ProviderHttp.form(Map.of(
                "id_token_hint", idToken, "post_logout_redirect_uri", postLogoutRedirect))).orElse(null);
    }
}
