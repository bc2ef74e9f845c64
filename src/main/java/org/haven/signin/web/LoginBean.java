package org.haven.signin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.AccountLogin;
import org.haven.platform.security.ChannelCredential;
import org.haven.platform.security.HavenAuthenticationMechanism;
import org.haven.platform.security.LoginAttempts;
import org.haven.platform.security.PendingSignIn;
import org.haven.platform.web.FacesMessages;
import org.haven.platform.web.LocaleBean;

import java.io.IOException;
import java.time.Duration;

/**
 * The login form. One message for every failure (unknown account, wrong password, disabled account), so that
 * the page never tells whether a username exists; repeated failures make the person wait.
 */
@Named
@RequestScoped
public class LoginBean {

    private String username;
    private String password;

    @Inject
    SecurityContext security;

    @Inject
    LoginAttempts attempts;

    @Inject
    AccountLogin accountLogin;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Inject
    LocaleBean locale;

    @Inject
    org.haven.signin.web.ProviderLogout providerLogout;

    public String login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        Duration wait = attempts.waitBeforeAttempt(username);
        if (!wait.isZero()) {
            accountLogin.recordThrottled(username, "web");
            FacesMessages.error(null, "login.throttled", Math.max(1, wait.toSeconds()));
            return null;
        }
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        String afterLogin = request.getSession(true).getAttribute(HavenAuthenticationMechanism.SESSION_AFTER_LOGIN)
                instanceof String s ? s : null;
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new ChannelCredential(username, password, "web")).newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> {
                actor.principal().ifPresent(p -> locale.chooseForLogin(p.language()));
                ext.redirect(safeTarget(request, afterLogin));
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                HttpSession session = request.getSession(false);
                if (session != null && session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE) != null) {
                    // the password was right; the account's second factor is asked on the next page
                    ext.redirect(request.getContextPath() + "/login-code.xhtml");
                    faces.responseComplete();
                } else {
                    FacesMessages.error(null, "login.failed");
                }
            }
        }
        return null;
    }

    public void logout() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        actor.principal().ifPresent(p -> audit.record(actor.get().did("LOGOUT", "account", p.accountId(), null, null)));
        HttpSession session = request.getSession(false);
        String toProvider = session == null ? null : providerLogout.after(session).orElse(null);
        if (session != null) {
            session.invalidate();
        }
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException ignored) {
            // the session is gone: the next request is anonymous whatever the container says
        }
        if (toProvider != null) {
            // signed in through the district's provider: its session ends too, and it sends the browser back here.
            // Through a page of ours: the policy's form-action stops a form's redirect to another site.
            request.getSession(true).setAttribute(org.haven.signin.web.ProviderLogout.SESSION_END_SESSION, toProvider);
            ext.redirect(ext.getRequestContextPath() + org.haven.signin.web.ProviderLogout.PAGE);
        } else {
            ext.redirect(ext.getRequestContextPath() + "/login.xhtml?signedOut=true");
        }
        faces.responseComplete();
    }

    /** Only a path of this application, never another site (no open redirect). */
    public static String safeTarget(HttpServletRequest request, String afterLogin) {
        String context = request.getContextPath();
        if (afterLogin != null && afterLogin.startsWith(context + "/") && !afterLogin.startsWith("//")
                && !afterLogin.contains("login.xhtml") && !afterLogin.contains("\\")) {
            return afterLogin;
        }
        return context + "/home.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
