package org.haven.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.haven.audit.domain.Actor;

import java.security.Principal;
import java.util.Optional;

/** The account behind the current request, for services and the audit log. */
@ApplicationScoped
public class CurrentActor {

    @Inject
    SecurityContext security;

    /** The signed-in account, or empty for an anonymous request or work outside any request. */
    public Optional<HavenPrincipal> principal() {
        try {
            Principal p = security.getCallerPrincipal();
            return p instanceof HavenPrincipal hp ? Optional.of(hp) : Optional.empty();
        } catch (RuntimeException outsideARequest) {
            return Optional.empty();
        }
    }

    /** The signed-in account, or {@link Actor#SYSTEM} outside any request. */
    public Actor get() {
        return principal().map(p -> new Actor(p.accountId(), p.username(), p.primaryRole())).orElse(Actor.SYSTEM);
    }

    public HavenPrincipal require() {
        return principal().orElseThrow(() -> new SecurityException("An account is required."));
    }
}
