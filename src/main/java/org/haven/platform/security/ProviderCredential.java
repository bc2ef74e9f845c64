package org.haven.platform.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * A sign-in vouched for by the district's identity provider: the account the checked ID token was matched to.
 * Made only by the signin feature's callback, after the token's signature, issuer, audience, expiry and nonce
 * were checked; never from anything a client sends directly.
 */
public record ProviderCredential(long accountId, String subject) implements Credential {
}
