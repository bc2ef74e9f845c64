package org.haven.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.haven.platform.security.ClientKey;
import org.haven.platform.web.FacesMessages;
import org.haven.training.application.Certificates;
import org.haven.training.application.TrainingViews.Verification;

/**
 * The public certificate check (/verify.xhtml, no account): a code in, and only valid / expired / unknown, the
 * holder's name, the module and the date out. Lookups are limited per client.
 */
@Named("verify")
@RequestScoped
public class VerifyBean {

    @Inject
    Certificates certificates;

    private String code;
    private Verification result;

    public void check() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        if (!certificates.mayLookUp(ClientKey.of(request))) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(429);
            FacesMessages.error(null, "training.verify.tooMany");
            return;
        }
        result = certificates.verify(code, Pages.locale());
    }

    public Verification getResult() {
        return result;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
