package org.haven.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import org.haven.audit.application.CurrentActor;
import org.haven.platform.security.HavenPrincipal;

import java.util.Optional;

/**
 * For in-container tests only (add it to the test's deployment): services that need a signed-in account
 * (StaffInbox ...) see the principal the test chose, as if it had signed in; with none chosen, the real request's
 * principal, as usual. In-container test methods run in a request with nobody signed in.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ActingAs extends CurrentActor {

    private static volatile HavenPrincipal principal;

    public static void signIn(HavenPrincipal p) {
        principal = p;
    }

    public static void signOut() {
        principal = null;
    }

    @Override
    public Optional<HavenPrincipal> principal() {
        HavenPrincipal p = principal;
        return p != null ? Optional.of(p) : super.principal();
    }
}
