package org.haven.reporting.application;

import org.haven.audit.domain.Actor;
import org.haven.platform.security.HavenPrincipal;
import org.haven.reporting.domain.ValidReport;

import java.util.Optional;

/** Who a report's author is in the audit log: never their name, unless a signed-in student chose to be named. */
public final class ReportAuthors {

    /** The audit actor of a report's author: never their name, even when they gave it. */
    public static final Actor REPORTER = new Actor(null, "reporter", null);

    private ReportAuthors() {
    }

    /** A logged-in student who did not ask for anonymity acts under their account; everyone else as "reporter". */
    static Actor actorOf(ValidReport report, Optional<HavenPrincipal> author) {
        if (report.anonymous() || author.isEmpty()) {
            return REPORTER;
        }
        HavenPrincipal p = author.get();
        return new Actor(p.accountId(), p.username(), p.primaryRole());
    }
}
