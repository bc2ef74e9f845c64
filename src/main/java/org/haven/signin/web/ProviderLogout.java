package org.haven.signin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.haven.platform.i18n.Messages;
import org.haven.signin.application.ProviderSignIn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
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

    /**
     * The page of ours that moves on to the provider's end-session URL, with a link for a browser that does not
     * follow the refresh.
     */
    static void writeContinuePage(HttpServletRequest request, HttpServletResponse response, String target) {
        String href = target.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        response.setContentType("text/html;charset=UTF-8");
        try {
            Locale locale = request.getLocale();
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + ("fr".equals(locale.getLanguage()) ? "fr" : "en")
                    + "\"><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0;url=" + href
                    + "\"><title>" + Messages.text(locale, "login.signedOut") + "</title></head><body><p>"
                    + "<a id=\"continue\" href=\"" + href + "\">" + Messages.text(locale, "login.sso.signOutProvider")
                    + "</a></p></body></html>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
