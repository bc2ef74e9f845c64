package org.haven.signin.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.platform.security.LoginThrottle;

import java.time.Clock;
import java.time.Duration;

/**
 * Wrong second-factor codes per account, counted apart from passwords: a right password resets the password
 * count, and must not reset this one, or someone holding the password could try codes without end. Three free
 * tries, then waits that double (2 s, 4 s ... up to haven.totp.max-delay-seconds): a million codes are out of reach.
 */
@ApplicationScoped
public class CodeAttempts {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "haven.totp.max-delay-seconds", defaultValue = "900")
    long maxDelaySeconds;

    private LoginThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new LoginThrottle(clock, 3, Duration.ofMinutes(15), Duration.ofSeconds(maxDelaySeconds));
    }

    public Duration waitBeforeAttempt(long accountId) {
        return throttle.waitBeforeAttempt("account:" + accountId);
    }

    public void recordFailure(long accountId) {
        throttle.recordFailure("account:" + accountId);
    }

    public void recordSuccess(long accountId) {
        throttle.recordSuccess("account:" + accountId);
    }
}
