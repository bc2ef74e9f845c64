package org.haven.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.platform.persistence.DatabaseOutage;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Why: a web session keeps the principal it signed in with, and a role removed or an account disabled must bind
 * the sessions already open at their next request, on every instance of a cluster (issue 17). So the session's
 * principal is compared with the directory at each request: one query by primary key, no cache, so there is
 * nothing to invalidate across instances and a change made through any instance is seen by all at once.
 *
 * <p>While the database is unreachable the session keeps its principal: every page that reads or writes a child's
 * data needs the database too and answers 503 there, and the report wizard keeps its draft as it does without
 * this check ("When the database goes away", docs/operations.md).
 */
@ApplicationScoped
public class LiveRoles {

    private static final Logger LOG = Logger.getLogger(LiveRoles.class.getName());

    @Inject
    AccountGate accounts;

    /**
     * The principal a session may act as now: {@code signedIn} itself when nothing changed, a narrower one, or
     * empty when the session must end. A narrowed or ended session is audited.
     */
    public Optional<HavenPrincipal> recheck(HavenPrincipal signedIn) {
        Optional<HavenPrincipal> now;
        try {
            now = accounts.stillAllowed(signedIn);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            LOG.fine("Database unreachable: the session keeps its principal for this request");
            return Optional.of(signedIn);
        }
        if (now.isEmpty() || now.get() != signedIn) {
            accounts.recordSessionChanged(signedIn, now.isEmpty());
        }
        return now;
    }
}
