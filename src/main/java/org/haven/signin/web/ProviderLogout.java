package org.haven.signin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import org.haven.signin.application.ProviderSignIn;

import java.util.Optional;

/** For the logout of a session opened through the provider: the provider's end-session URL, back to our login page. */
@ApplicationScoped
public class ProviderLogout {

    /** The page that sends the browser on to the provider's end-session endpoint (ProviderSignInServlet). */
    public static final String PAGE = "/oidc/signed-out";
    public static final String SESSION_END_SESSION = "haven.oidc.endSession";

    @Inject
    ProviderSignIn signIn;

    public Optional<String> after(HttpSession session) {
        if (!signIn.enabled() || !(session.getAttribute(ProviderSignIn.SESSION_ID_TOKEN) instanceof String idToken)
                || !(session.getAttribute(ProviderSignInServlet.SESSION_AFTER_LOGOUT) instanceof String back)) {
            return Optional.empty();
        }
        return signIn.endSessionUrl(idToken, back);
    }
}
