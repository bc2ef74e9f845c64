package org.haven.signin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.haven.directory.application.AccountLogin;
import org.haven.platform.security.ProviderCredential;

/**
 * Turns an account the identity provider vouched for (ProviderSignIn checked the token and matched the account)
 * into the container's caller, with the account's roles and schools as the directory has them now.
 */
@ApplicationScoped
public class ProviderIdentityStore implements IdentityStore {

    @Inject
    AccountLogin accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ProviderCredential c)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.currentPrincipal(c.accountId()).map(p -> new CredentialValidationResult(p, p.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
