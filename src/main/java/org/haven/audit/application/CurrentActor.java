package org.haven.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.audit.domain.Actor;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.SignedIn;

import java.util.Optional;

/** The account behind the current request, for services and the audit log. */
@ApplicationScoped
public class CurrentActor {

    @Inject
    SignedIn signedIn;

    /** The signed-in account, or empty for an anonymous request or work outside any request. */
    public Optional<HavenPrincipal> principal() {
        return signedIn.principal();
    }

    /** The signed-in account, or {@link Actor#SYSTEM} outside any request. */
    public Actor get() {
        return principal().map(p -> new Actor(p.accountId(), p.username(), p.primaryRole())).orElse(Actor.SYSTEM);
    }

    /** The signed-in account, through {@link #principal()} (which a test may stand in for), or a refusal. */
    public HavenPrincipal require() {
        return principal().orElseThrow(() -> new SecurityException("An account is required."));
    }
}
