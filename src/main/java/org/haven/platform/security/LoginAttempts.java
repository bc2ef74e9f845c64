package org.haven.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.platform.cluster.SharedCounters;

import java.time.Clock;
import java.time.Duration;

/**
 * The application's login limits, configured by haven.login.* (see docs/operations.md and docs/security.md):
 * <ul>
 *   <li>per account: a {@link LoginThrottle} keyed by the account the typed name resolves to, never by the typed
 *   string, so that {@code stüdent}, {@code stûdent} and {@code stūdent} (one account for the database) share
 *   one count; a name of no account is counted under its folded form, and the answers are the same;</li>
 *   <li>per client ({@link ClientKey}): at most {@code haven.login.client-failures} failures in the window,
 *   against one client trying one password on many accounts (spraying).</li>
 * </ul>
 * Both are counted in {@link SharedCounters}: the same counts whichever instance of a cluster answers.
 */
@ApplicationScoped
public class LoginAttempts {

    @Inject
    Clock clock;

    @Inject
    SharedCounters counters;

    @Inject
    AccountGate accounts;

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    @ConfigProperty(name = "haven.login.free-attempts", defaultValue = "5")
    int freeAttempts;

    @Inject
    @ConfigProperty(name = "haven.login.window-seconds", defaultValue = "900")
    long windowSeconds;

    @Inject
    @ConfigProperty(name = "haven.login.max-delay-seconds", defaultValue = "900")
    long maxDelaySeconds;

    @Inject
    @ConfigProperty(name = "haven.login.client-failures", defaultValue = "100")
    int clientFailures;

    private LoginThrottle throttle;
    private RateLimiter clients;

    @PostConstruct
    void init() {
        Duration window = Duration.ofSeconds(windowSeconds);
        Duration maxDelay = Duration.ofSeconds(maxDelaySeconds);
        throttle = new LoginThrottle(clock, freeAttempts, window, maxDelay,
                counters.map("login-accounts", window.compareTo(maxDelay) > 0 ? window : maxDelay));
        clients = new RateLimiter(clock, clientFailures, window, counters.map("login-clients", window));
    }

    /** How long this name (its account) or this client must still wait; zero when an attempt may be checked now. */
    public Duration waitBeforeAttempt(String username) {
        Duration account = throttle.waitBeforeAttempt(accounts.throttleKey(username));
        if (!account.isZero()) {
            return account;
        }
        return client().map(c -> clients.allows(c) ? Duration.ZERO : Duration.ofSeconds(60)).orElse(Duration.ZERO);
    }

    public void recordFailure(String username) {
        throttle.recordFailure(accounts.throttleKey(username));
        client().ifPresent(clients::record);
    }

    public void recordSuccess(String username) {
        throttle.recordSuccess(accounts.throttleKey(username));
    }

    private java.util.Optional<String> client() {
        try {
            return java.util.Optional.of(ClientKey.of(request.get()));
        } catch (RuntimeException noRequest) {
            return java.util.Optional.empty();
        }
    }
}
