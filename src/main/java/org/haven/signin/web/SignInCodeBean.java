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
import org.haven.audit.application.CurrentActor;
import org.haven.platform.security.HavenAuthenticationMechanism;
import org.haven.platform.security.PendingSignIn;
import org.haven.platform.security.SecondFactorCredential;
import org.haven.platform.web.FacesMessages;
import org.haven.platform.web.LocaleBean;
import org.haven.signin.application.CodeAttempts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * The sign-in's second step (login-code.xhtml): the code of the authenticator app, or a recovery code, for the
 * account whose password was right a moment ago. Without such a pending sign-in (or after five minutes) the page
 * sends back to the login page. Wrong codes are throttled per account.
 */
@Named
@RequestScoped
public class SignInCodeBean {

    private String code;

    @Inject
    SecurityContext security;

    @Inject
    CodeAttempts attempts;

    @Inject
    CurrentActor actor;

    @Inject
    LocaleBean locale;

    @Inject
    Clock clock;

    /** On page load: no pending sign-in, back to the login page. */
    public void check() throws IOException {
        if (pending() == null) {
            ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
            ext.redirect(ext.getRequestContextPath() + HavenAuthenticationMechanism.LOGIN_PAGE);
        }
    }

    public String verify() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        PendingSignIn pending = pending();
        if (pending == null) {
            ext.redirect(ext.getRequestContextPath() + HavenAuthenticationMechanism.LOGIN_PAGE);
            faces.responseComplete();
            return null;
        }
        long accountId = pending.principal().accountId();
        Duration wait = attempts.waitBeforeAttempt(accountId);
        if (!wait.isZero()) {
            FacesMessages.error(null, "login.throttled", Math.max(1, wait.toSeconds()));
            return null;
        }
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        String afterLogin = request.getSession().getAttribute(HavenAuthenticationMechanism.SESSION_AFTER_LOGIN)
                instanceof String s ? s : null;
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new SecondFactorCredential(accountId, pending.principal().username(), code, "web"))
                .newAuthentication(true));
        code = null;
        if (status == AuthenticationStatus.SUCCESS) {
            actor.principal().ifPresent(p -> locale.chooseForLogin(p.language()));
            ext.redirect(LoginBean.safeTarget(request, afterLogin));
            faces.responseComplete();
            return null;
        }
        // the mechanism opened a new session id for the attempt; the pending sign-in stays for the next try
        request.getSession().setAttribute(PendingSignIn.SESSION_ATTRIBUTE, pending);
        FacesMessages.error("second:code", "login.code.failed");
        return null;
    }

    private PendingSignIn pending() {
        HttpSession session = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest()).getSession(false);
        if (session == null || !(session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE) instanceof PendingSignIn p)) {
            return null;
        }
        if (!p.isFreshAt(clock.instant())) {
            session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
            return null;
        }
        return p;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
