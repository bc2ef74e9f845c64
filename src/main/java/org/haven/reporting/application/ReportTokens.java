package org.haven.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.platform.security.BearerTokens;
import org.haven.platform.security.ReporterPrincipal;

import java.util.Optional;
import java.util.Set;

/** Report tokens as a kind of bearer token: they open one report and nothing else. */
@ApplicationScoped
public class ReportTokens implements BearerTokens {

    @Inject
    ReportAccess access;

    @Override
    public Optional<Authenticated> authenticate(String token) {
        return access.reportOfToken(token)
                .map(id -> new Authenticated(new ReporterPrincipal(id), Set.of(ReporterPrincipal.ROLE)));
    }
}
