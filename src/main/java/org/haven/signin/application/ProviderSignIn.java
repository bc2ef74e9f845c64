package org.haven.signin.application;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.AuditRecord;
import org.haven.directory.application.AccountLogin;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.SecretTokens;
import org.haven.signin.infrastructure.OidcProvider;

import java.io.Serial;
import java.io.Serializable;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in with the district's identity provider: {@link #begin} makes the authorization request (state, nonce and
 * PKCE verifier kept in the browser's session, single use), {@link #complete} checks the answer and matches the
 * account. Every refusal (provider down, bad signature, expired or replayed token, unknown account) is audited with
 * its reason and signs nobody in.
 */
@ApplicationScoped
public class ProviderSignIn {

    public static final String PROVIDER_REFUSED = "LOGIN_PROVIDER_REFUSED";
    public static final String SESSION_REQUEST = "haven.oidc.request";
    public static final String SESSION_ID_TOKEN = "haven.oidc.idToken";

    @Inject
    OidcSettings settings;

    @Inject
    AccountLogin accounts;

    @Inject
    AuditLog audit;

    /** What the session keeps between the redirect to the provider and its answer. */
    public record Pending(String state, String nonce, String verifier, String redirectUri) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A started sign-in: where to send the browser and what to keep. */
    public record Begun(String authorizationUrl, Pending pending) {
    }

    /**
     * A finished one: the account, the roles the provider's groups allow it (null when no role mapping is
     * configured) and the ID token for the provider's logout.
     */
    public record Completed(HavenPrincipal principal, Set<String> allowedRoles, String idToken) {
    }

    public boolean enabled() {
        return settings.enabled();
    }

    public String providerName() {
        return settings.displayName();
    }

    public Begun begin(String redirectUri) throws OidcProvider.ProviderException {
        try {
            OidcProvider.Endpoints e = OidcProvider.discover(settings.issuer());
            Pending p = new Pending(SecretTokens.newToken(), SecretTokens.newToken(),
                    SecretTokens.newToken() + SecretTokens.newToken(), redirectUri);
            return new Begun(OidcProvider.authorizationUrl(e, settings.clientId(), redirectUri, settings.scopes(),
                    p.state(), p.nonce(), p.verifier()), p);
        } catch (OidcProvider.ProviderException e) {
            refused(e.reason());
            throw e;
        }
    }

    /**
     * Checks the provider's answer against the pending request (which the caller has already removed from the
     * session: a second use of one answer finds none) and returns the matched account, or empty (audited).
     */
    public Optional<Completed> complete(Pending pending, String state, String code, String error) {
        if (pending == null || state == null || !MessageDigest.isEqual(
                pending.state().getBytes(), state.getBytes())) {
            refused("state-mismatch-or-replayed");
            return Optional.empty();
        }
        if (error != null || code == null) {
            refused("provider-error: " + (error == null ? "no-code" : error.replaceAll("[^a-z_]", "")));
            return Optional.empty();
        }
        try {
            OidcProvider.Endpoints e = OidcProvider.discover(settings.issuer());
            String idToken = OidcProvider.exchange(e, settings.clientId(), settings.clientSecret(),
                    pending.redirectUri(), code, pending.verifier());
            JWTClaimsSet claims = OidcProvider.verify(e, settings.clientId(), idToken, pending.nonce());
            Object value = claims.getClaim(settings.usernameClaim());
            Optional<HavenPrincipal> principal = value instanceof String s
                    ? accounts.authenticateFromProvider(s, settings.matchByEmail()) : Optional.empty();
            if (principal.isEmpty()) {
                if (!(value instanceof String)) {
                    refused("claim-missing: " + settings.usernameClaim());
                }
                return Optional.empty();
            }
            Set<String> allowed = settings.rolesGranted(claims.getClaim(settings.rolesClaim()));
            if (allowed != null && principal.get().roles().stream().noneMatch(allowed::contains)) {
                refused("roles-not-granted: " + principal.get().username());
                return Optional.empty();
            }
            return Optional.of(new Completed(principal.get(), allowed, idToken));
        } catch (OidcProvider.ProviderException e) {
            refused(e.reason());
            return Optional.empty();
        }
    }

    /** Where the browser goes to end the provider's session too, or empty when it has no such endpoint. */
    public Optional<String> endSessionUrl(String idToken, String afterLogout) {
        try {
            return Optional.ofNullable(OidcProvider.endSessionUrl(OidcProvider.discover(settings.issuer()), idToken,
                    afterLogout));
        } catch (OidcProvider.ProviderException e) {
            refused("logout: " + e.reason());
            return Optional.empty();
        }
    }

    private void refused(String reason) {
        audit.recordRefusal(new AuditRecord(null, AccountLogin.UNKNOWN_ACTOR, null, PROVIDER_REFUSED, "account",
                null, null, reason));
    }
}
