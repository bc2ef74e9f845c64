package org.haven.signin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.haven.directory.application.AccountLogin;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.SecondFactorCredential;

import java.util.Optional;

/**
 * The second step of a sign-in: checks the code of a {@link SecondFactorCredential} (throttled per account) and
 * gives the account's principal as it is now. Asked by the login page's code step and the API token endpoint.
 */
@ApplicationScoped
public class SecondFactorIdentityStore implements IdentityStore {

    @Inject
    SecondFactor secondFactor;

    @Inject
    CodeAttempts attempts;

    @Inject
    AccountLogin accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof SecondFactorCredential c)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (!attempts.waitBeforeAttempt(c.accountId()).isZero()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!secondFactor.verify(c.accountId(), c.username(), c.code(), c.channel())) {
            attempts.recordFailure(c.accountId());
            return CredentialValidationResult.INVALID_RESULT;
        }
        attempts.recordSuccess(c.accountId());
        Optional<HavenPrincipal> principal = accounts.currentPrincipal(c.accountId());
        return principal.map(p -> new CredentialValidationResult(p, p.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
