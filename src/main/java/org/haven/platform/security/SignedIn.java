package org.haven.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Optional;

/** The account signed in for the current request, if any: what the platform's own pages need to know of it. */
@ApplicationScoped
public class SignedIn {

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
}
