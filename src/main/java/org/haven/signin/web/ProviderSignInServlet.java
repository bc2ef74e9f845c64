package org.haven.signin.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.haven.platform.security.HavenAuthenticationMechanism;
import org.haven.platform.security.PendingSignIn;
import org.haven.platform.security.ProviderCredential;
import org.haven.platform.web.SecurityHeadersFilter;
import org.haven.signin.application.OidcSettings;
import org.haven.signin.application.ProviderSignIn;
import org.haven.signin.infrastructure.OidcProvider;

import java.util.Optional;

/**
 * The two ends of a sign-in with the district's provider: {@code /oidc/login} sends the browser to the provider,
 * {@code /oidc/callback} takes its answer back. Any failure lands on the login page with one message (the audit
 * entry has the reason); success opens the session as the password form does, second factor included.
 */
@WebServlet(urlPatterns = {ProviderSignInServlet.LOGIN, ProviderSignInServlet.CALLBACK, ProviderLogout.PAGE})
public class ProviderSignInServlet extends HttpServlet {

    static final String LOGIN = "/oidc/login";
    static final String CALLBACK = "/oidc/callback";
    static final String SESSION_AFTER_LOGOUT = "haven.oidc.afterLogout";

    @Inject
    ProviderSignIn signIn;

    @Inject
    OidcSettings settings;

    @Inject
    SecurityContext security;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        SecurityHeadersFilter.apply(request, response);
        if (!signIn.enabled()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String path = request.getServletPath();
        if (LOGIN.equals(path)) {
            start(request, response);
        } else if (ProviderLogout.PAGE.equals(path)) {
            signedOut(request, response);
        } else {
            callback(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) {
        String redirectUri = settings.redirectUri().orElseGet(() -> ownUrl(request, CALLBACK));
        try {
            ProviderSignIn.Begun begun = signIn.begin(redirectUri);
            request.getSession(true).setAttribute(ProviderSignIn.SESSION_REQUEST, begun.pending());
            redirect(response, begun.authorizationUrl());
        } catch (OidcProvider.ProviderException e) {
            redirect(response, request.getContextPath() + "/login.xhtml?sso=unavailable");
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        ProviderSignIn.Pending pending = null;
        if (session != null && session.getAttribute(ProviderSignIn.SESSION_REQUEST) instanceof ProviderSignIn.Pending p) {
            pending = p;
            session.removeAttribute(ProviderSignIn.SESSION_REQUEST);
        }
        Optional<ProviderSignIn.Completed> done = signIn.complete(pending, request.getParameter("state"),
                request.getParameter("code"), request.getParameter("error"));
        if (done.isEmpty()) {
            redirect(response, request.getContextPath() + "/login.xhtml?sso=failed");
            return;
        }
        String afterLogin = session != null && session.getAttribute(HavenAuthenticationMechanism.SESSION_AFTER_LOGIN)
                instanceof String s ? s : null;
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new ProviderCredential(done.get().principal().accountId(),
                        done.get().principal().username(), done.get().allowedRoles())).newAuthentication(true));
        HttpSession opened = request.getSession(false);
        if (opened != null) {
            opened.setAttribute(ProviderSignIn.SESSION_ID_TOKEN, done.get().idToken());
            opened.setAttribute(SESSION_AFTER_LOGOUT, pending.redirectUri().replace(CALLBACK, "/login.xhtml?signedOut=true"));
        }
        if (status == AuthenticationStatus.SUCCESS) {
            redirect(response, LoginBean.safeTarget(request, afterLogin));
        } else if (opened != null && opened.getAttribute(PendingSignIn.SESSION_ATTRIBUTE) != null) {
            redirect(response, request.getContextPath() + "/login-code.xhtml");
        } else {
            redirect(response, request.getContextPath() + "/login.xhtml?sso=failed");
        }
    }

    /**
     * After the logout of a session opened through the provider: a page of ours that moves on to the provider's
     * end-session URL (kept in the new session by the logout, never taken from the request), with a link for a
     * browser that does not follow the refresh.
     */
    private void signedOut(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        String target = session != null && session.getAttribute(ProviderLogout.SESSION_END_SESSION) instanceof String s ? s : null;
        if (session != null) {
            session.invalidate();
        }
        if (target == null) {
            redirect(response, request.getContextPath() + "/login.xhtml?signedOut=true");
            return;
        }
        ProviderLogout.writeContinuePage(request, response, target);
    }

    /**
     * This server's URL for a path, as the browser reached it. Used only when HAVEN_OIDC_REDIRECT_URI is not set;
     * the provider accepts only the callback URLs registered for the client, so a forged Host header leads nowhere.
     */
    private static String ownUrl(HttpServletRequest request, String path) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath() + path;
    }

    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
        response.setContentLength(0);
    }
}
