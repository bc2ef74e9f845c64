package org.haven.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Issues, checks and revokes the bearer tokens of the REST API: 256 random bits, shown once to the caller,
 * stored as their SHA-256, valid for haven.api.token-seconds. Stored in the database so that every instance of a
 * cluster accepts them and a revocation takes effect everywhere at once.
 */
@ApplicationScoped
public class ApiTokens implements BearerTokens {

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Inject
    AccountGate accounts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "haven.api.token-seconds", defaultValue = "900")
    long tokenSeconds;

    public record Issued(String token, long expiresIn) {
    }

    @Transactional
    public Issued issue(long accountId) {
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        em.persist(new ApiToken(SecretTokens.sha256(token), accountId, now, now.plusSeconds(tokenSeconds)));
        return new Issued(token, tokenSeconds);
    }

    /** The principal of a usable token's account, as it is now; empty for an unknown, expired or revoked one. */
    @Transactional
    public Optional<HavenPrincipal> authenticateAccount(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return find(token).filter(t -> t.isUsableAt(now))
                .flatMap(t -> accounts.currentPrincipal(t.accountId()));
    }

    @Override
    public Optional<Authenticated> authenticate(String token) {
        return authenticateAccount(token).map(p -> new Authenticated(p, p.roles()));
    }

    @Transactional
    public boolean revoke(String token) {
        Optional<ApiToken> found = find(token);
        found.ifPresent(t -> t.revoke(clock.instant()));
        return found.isPresent();
    }

    private Optional<ApiToken> find(String token) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :h", ApiToken.class)
                .setParameter("h", SecretTokens.sha256(token)).getResultStream().findFirst();
    }
}
