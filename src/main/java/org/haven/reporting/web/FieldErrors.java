package org.haven.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Whether a field has an error message, for its aria-invalid attribute. */
@Named
@RequestScoped
public class FieldErrors {

    public String invalid(String clientId) {
        return Boolean.toString(!FacesContext.getCurrentInstance().getMessageList(clientId).isEmpty());
    }
}
