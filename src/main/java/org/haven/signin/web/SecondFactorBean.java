package org.haven.signin.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.haven.audit.application.CurrentActor;
import org.haven.platform.security.HavenAuthenticationMechanism;
import org.haven.platform.web.FacesMessages;
import org.haven.signin.application.CodeAttempts;
import org.haven.signin.application.SecondFactor;
import org.haven.signin.application.SecondFactorEnrolment;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The account's second factor (account/second-factor.xhtml): set it up (QR code, then a first code, then the
 * recovery codes shown once), see how many recovery codes are left, or remove it with a code.
 */
@Named
@ViewScoped
public class SecondFactorBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient SecondFactor secondFactor;

    @Inject
    transient SecondFactorEnrolment enrolment;

    @Inject
    transient CodeAttempts attempts;

    @Inject
    transient CurrentActor actor;

    private SecondFactorEnrolment.Started started;
    private List<String> recoveryCodes;
    private String code;

    public boolean isEnrolled() {
        return secondFactor.isEnrolled(actor.require().accountId());
    }

    public boolean isRequired() {
        return secondFactor.requiredFor(actor.require());
    }

    public long getRecoveryCodesLeft() {
        return secondFactor.recoveryCodesLeft(actor.require().accountId());
    }

    public void start() {
        try {
            started = enrolment.start(actor.require());
            recoveryCodes = null;
        } catch (SecondFactorEnrolment.AlreadyEnrolledException e) {
            FacesMessages.error(null, "secondFactor.alreadyEnrolled");
        }
    }

    public void confirm() {
        if (throttled()) {
            return;
        }
        long id = actor.require().accountId();
        Optional<List<String>> codes = enrolment.confirm(actor.require(), code);
        code = null;
        if (codes.isEmpty()) {
            attempts.recordFailure(id);
            FacesMessages.error("enrol:code", "login.code.failed");
            return;
        }
        attempts.recordSuccess(id);
        recoveryCodes = codes.get();
        started = null;
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getSession()
                .removeAttribute(HavenAuthenticationMechanism.SESSION_MUST_ENROL);
        FacesMessages.info("secondFactor.enrolled");
    }

    public void remove() {
        if (throttled()) {
            return;
        }
        long id = actor.require().accountId();
        boolean removed = enrolment.remove(actor.require(), code);
        code = null;
        if (!removed) {
            attempts.recordFailure(id);
            FacesMessages.error("remove:removeCode", "login.code.failed");
            return;
        }
        attempts.recordSuccess(id);
        FacesMessages.info("secondFactor.removed");
    }

    private boolean throttled() {
        Duration wait = attempts.waitBeforeAttempt(actor.require().accountId());
        if (!wait.isZero()) {
            FacesMessages.error(null, "login.throttled", Math.max(1, wait.toSeconds()));
            return true;
        }
        return false;
    }

    public SecondFactorEnrolment.Started getStarted() {
        return started;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
