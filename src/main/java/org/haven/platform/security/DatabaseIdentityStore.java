package org.haven.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Optional;

/**
 * Haven's identity store: accounts of the directory, passwords hashed with PBKDF2, failures throttled per
 * username. The login page and the API token endpoint both come through here.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    AccountGate login;

    @Inject
    LoginAttempts attempts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = upc.getCaller();
        String channel = credential instanceof ChannelCredential cc ? cc.channel() : "web";
        if (!attempts.waitBeforeAttempt(username).isZero()) {
            login.recordThrottled(username, channel);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<HavenPrincipal> principal = login.authenticate(username, upc.getPassword().getValue(), channel);
        if (principal.isEmpty()) {
            attempts.recordFailure(username);
            return CredentialValidationResult.INVALID_RESULT;
        }
        attempts.recordSuccess(username);
        return new CredentialValidationResult(principal.get(), principal.get().roles());
    }
}
