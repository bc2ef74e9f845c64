package org.haven.signin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.signin.application.ProviderSignIn;

/** What the login page shows of the district's provider: whether to offer it, and under which name. */
@Named
@RequestScoped
public class ProviderButton {

    @Inject
    ProviderSignIn signIn;

    public boolean isShown() {
        return signIn.enabled();
    }

    public String getName() {
        return signIn.providerName();
    }
}
