package org.haven.surveys.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.platform.security.RateLimiter;

import java.time.Clock;
import java.time.Duration;

/**
 * Code guessing: wrong access codes per client (platform.security.ClientKey) per ten minutes, in memory, like the
 * receipts' limit (haven.limits.survey-code-failures-per-10-minutes, default 20: a class behind one address
 * mistypes). Over the limit every code is refused, right or wrong, so that the answer teaches a guesser nothing.
 * With 31^8 codes, 20 guesses per 10 minutes find a given class's code in about 10^9 years.
 */
@ApplicationScoped
public class SurveyLimits {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "haven.limits.survey-code-failures-per-10-minutes", defaultValue = "20")
    int failures;

    private RateLimiter wrongCodes;

    @PostConstruct
    void init() {
        wrongCodes = new RateLimiter(clock, failures, Duration.ofMinutes(10));
    }

    public boolean mayTryCode(String client) {
        return wrongCodes.allows(client);
    }

    public void wrongCode(String client) {
        wrongCodes.record(client);
    }

    public int failuresAllowed() {
        return failures;
    }
}
