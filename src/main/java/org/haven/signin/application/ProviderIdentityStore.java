package org.haven.signin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.haven.directory.application.AccountLogin;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.ProviderCredential;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

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
        return accounts.currentPrincipal(c.accountId()).map(p -> narrowed(p, c.allowedRoles()))
                .filter(p -> !p.roles().isEmpty())
                .map(p -> new CredentialValidationResult(p, p.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** The account with only the roles the provider allows (all of them when it says nothing). */
    static HavenPrincipal narrowed(HavenPrincipal p, Set<String> allowed) {
        if (allowed == null) {
            return p;
        }
        Map<String, Set<Long>> byRole = new HashMap<>();
        p.roles().stream().filter(allowed::contains).forEach(r -> byRole.put(r, p.schoolsWhere(r)));
        return new HavenPrincipal(p.accountId(), p.username(), p.displayName(), p.language(), byRole);
    }
}
