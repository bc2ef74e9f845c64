package org.haven.platform.security;

import jakarta.security.enterprise.credential.Credential;

import java.util.Set;

/**
 * A sign-in vouched for by the district's identity provider: the account the checked ID token was matched to, and
 * the roles the provider's groups allow it (null: all the account's roles; the provider can narrow them, never
 * add one). Made only by the signin feature's callback, after the token's signature, issuer, audience, expiry and
 * nonce were checked; never from anything a client sends directly.
 */
public record ProviderCredential(long accountId, String subject, Set<String> allowedRoles)
        implements Credential {
}
