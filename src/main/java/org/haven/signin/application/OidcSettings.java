package org.haven.signin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The district's OpenID Connect provider, from configuration (environment variables HAVEN_OIDC_*, see
 * docs/operations.md). Sign-in with the provider is offered only when issuer, client id and secret are all set.
 */
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "haven.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "haven.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "haven.oidc.client-secret")
    Optional<String> clientSecret;

    /** The callback URL registered at the provider; when unset, this server's own /oidc/callback as requested. */
    @Inject
    @ConfigProperty(name = "haven.oidc.redirect-uri")
    Optional<String> redirectUri;

    /** The claim that carries the account: its username (default preferred_username) or, with email, its e-mail. */
    @Inject
    @ConfigProperty(name = "haven.oidc.username-claim", defaultValue = "preferred_username")
    String usernameClaim;

    @Inject
    @ConfigProperty(name = "haven.oidc.match", defaultValue = "username")
    String match;

    @Inject
    @ConfigProperty(name = "haven.oidc.name", defaultValue = " ")
    String displayName;

    @Inject
    @ConfigProperty(name = "haven.oidc.scopes", defaultValue = "openid profile email")
    String scopes;

    /**
     * The claim that lists the person's groups at the provider (for example groups or roles), and how groups map
     * to Haven roles (group=role,...). When both are set, a sign-in through the provider keeps only the account's
     * directory roles that one of its groups maps to, and is refused when none is left: the provider can take a
     * role away, never give one. Accounts and their roles and schools are still the directory's.
     */
    @Inject
    @ConfigProperty(name = "haven.oidc.roles-claim", defaultValue = " ")
    String rolesClaim;

    @Inject
    @ConfigProperty(name = "haven.oidc.role-map", defaultValue = " ")
    String roleMap;

    /** Roles whose accounts may not sign in with a local password (SSO only), comma separated; none by default. */
    @Inject
    @ConfigProperty(name = "haven.login.password-disabled-roles", defaultValue = " ")
    String passwordDisabledRoles;

    public boolean enabled() {
        return issuer.filter(s -> !s.isBlank()).isPresent() && clientId.filter(s -> !s.isBlank()).isPresent()
                && clientSecret.filter(s -> !s.isBlank()).isPresent();
    }

    public String issuer() {
        return issuer.orElseThrow().replaceAll("/+$", "");
    }

    public String clientId() {
        return clientId.orElseThrow();
    }

    public String clientSecret() {
        return clientSecret.orElseThrow();
    }

    public Optional<String> redirectUri() {
        return redirectUri.filter(s -> !s.isBlank());
    }

    public String usernameClaim() {
        return usernameClaim;
    }

    public boolean matchByEmail() {
        return "email".equalsIgnoreCase(match.strip());
    }

    /** The name on the button: the configured one, else the provider's host. */
    public String displayName() {
        if (!displayName.isBlank()) {
            return displayName;
        }
        return URI.create(issuer()).getHost();
    }

    public String scopes() {
        return scopes;
    }

    public String rolesClaim() {
        return rolesClaim.strip();
    }

    /** The roles these groups grant, or null when no role mapping is configured (every directory role stands). */
    public Set<String> rolesGranted(Object groupsClaim) {
        if (rolesClaim.isBlank() || roleMap.isBlank()) {
            return null;
        }
        Map<String, List<String>> map = new HashMap<>();
        for (String pair : roleMap.split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                map.computeIfAbsent(kv[0].strip(), k -> new ArrayList<>()).add(kv[1].strip());
            }
        }
        List<?> groups = groupsClaim instanceof List<?> l ? l
                : groupsClaim instanceof String s ? List.of(s) : List.of();
        return groups.stream().map(String::valueOf).flatMap(g -> map.getOrDefault(g, List.of()).stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> passwordDisabledRoles() {
        return Arrays.stream(passwordDisabledRoles.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
