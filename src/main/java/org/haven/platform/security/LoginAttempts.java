package org.haven.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/** The application's {@link LoginThrottle}, configured by haven.login.* (see docs/operations.md). */
@ApplicationScoped
public class LoginAttempts {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "haven.login.free-attempts", defaultValue = "5")
    int freeAttempts;

    @Inject
    @ConfigProperty(name = "haven.login.window-seconds", defaultValue = "900")
    long windowSeconds;

    @Inject
    @ConfigProperty(name = "haven.login.max-delay-seconds", defaultValue = "900")
    long maxDelaySeconds;

    private LoginThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new LoginThrottle(clock, freeAttempts, Duration.ofSeconds(windowSeconds),
                Duration.ofSeconds(maxDelaySeconds));
    }

    public Duration waitBeforeAttempt(String username) {
        return throttle.waitBeforeAttempt(username);
    }

    public void recordFailure(String username) {
        throttle.recordFailure(username);
    }

    public void recordSuccess(String username) {
        throttle.recordSuccess(username);
    }
}
