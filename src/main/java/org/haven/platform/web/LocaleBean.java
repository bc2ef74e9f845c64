package org.haven.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.haven.platform.i18n.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages: the browser's first supported language until the person picks one with the
 * language switch (kept for the session).
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? Messages.DEFAULT : Messages.supported(faces.getExternalContext().getRequestLocale());
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /**
     * Switches the language and shows the same view again, in place: what the view holds (a receipt shown once, an
     * opened report, answers being typed) is kept.
     */
    public String switchTo(String language) {
        chosen = Messages.supported(Locale.forLanguageTag(language));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
        return null;
    }

    /** Whether this request is a click on the language switch (the layout's form "lang"). */
    public static boolean switching(FacesContext faces) {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        return params.containsKey("lang:fr") || params.containsKey("lang:en");
    }

    public void chooseForLogin(String language) {
        if (chosen == null && language != null) {
            chosen = Messages.supported(Locale.forLanguageTag(language));
        }
    }
}
