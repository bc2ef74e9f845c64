package org.haven.platform.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a sign-in: the code typed for the account whose first step (password or identity provider)
 * already passed. Never a password: the identity store for it checks only the code.
 */
public record SecondFactorCredential(long accountId, String username, String code, String channel)
        implements Credential {

    @Override
    public void clear() {
        // the code is single-use and worthless once checked
    }
}
