package org.haven.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.platform.api.Problems;
import org.haven.platform.persistence.DatabaseOutage;
import org.haven.platform.web.SecurityHeadersFilter;

import java.util.Optional;

/**
 * A REST call's {@code Authorization: Bearer <token>}, tried against every kind of token the features define
 * ({@link BearerTokens}); a token nobody knows is a 401 problem, a database out of reach a 503. Apart from
 * {@link HavenAuthenticationMechanism}, which sends the API's requests here.
 */
@ApplicationScoped
public class BearerAuthentication {

    @Inject
    Instance<BearerTokens> tokenKinds;

    AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                      HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return context.doNothing();
        }
        String token = header.substring(7).strip();
        try {
            for (BearerTokens kind : tokenKinds) {
                Optional<BearerTokens.Authenticated> found = kind.authenticate(token);
                if (found.isPresent()) {
                    return context.notifyContainerAboutLogin(found.get().principal(), found.get().groups());
                }
            }
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            // Tokens are checked in the database at every call: while it is unreachable, 503 rather than a 500 page.
            SecurityHeadersFilter.apply(request, response);
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            Problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "problem.unavailable",
                    request.getLocale());
            return AuthenticationStatus.SEND_FAILURE;
        }
        SecurityHeadersFilter.apply(request, response);
        Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "problem.unauthorized", request.getLocale());
        return AuthenticationStatus.SEND_FAILURE;
    }
}
