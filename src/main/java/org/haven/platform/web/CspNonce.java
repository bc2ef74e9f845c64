package org.haven.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The PrimeFaces CSP nonce of this response. PrimeFaces refuses a postback that does not send it back, and adds
 * it to forms with JavaScript; forms that must also work without JavaScript carry it in a hidden field
 * (WEB-INF/templates/csp-nonce.xhtml).
 */
@Named
@RequestScoped
public class CspNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
