package org.haven.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.haven.platform.errors.Refusal;
import org.haven.platform.i18n.Messages;

/** Turns message keys into translated Faces messages, on a field or for the whole page. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    /** Each field error on its input (client id = form prefix + field), or on the page when none matches. */
    public static void show(Refusal e, String formPrefix) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Refusal.FieldError f : e.errors()) {
            String clientId = formPrefix + f.field();
            boolean onPage = faces.getViewRoot().findComponent(":" + clientId) != null;
            add(onPage ? clientId : null, FacesMessage.SEVERITY_ERROR, f.key(), f.args());
        }
        faces.validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.text(faces.getViewRoot().getLocale(), key, args);
        faces.addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
