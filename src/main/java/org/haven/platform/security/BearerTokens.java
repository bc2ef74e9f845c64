package org.haven.platform.security;

import jakarta.security.enterprise.CallerPrincipal;

import java.util.Optional;
import java.util.Set;

/**
 * A kind of bearer token the API accepts (account tokens; report tokens given for a receipt). The
 * authentication mechanism asks each kind in turn; a feature adds one by implementing this as a CDI bean.
 */
public interface BearerTokens {

    /** Who a token authenticates, with the groups (roles) it carries. */
    record Authenticated(CallerPrincipal principal, Set<String> groups) {
    }

    Optional<Authenticated> authenticate(String token);
}
