package org.haven.training.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;
import org.haven.platform.web.LocaleBean;

import java.util.Locale;
import java.util.function.Supplier;

/** Small helpers the training pages share: the page's language, 404 answers, service errors as messages. */
final class Pages {

    private Pages() {
    }

    /**
     * The page's language: the session's choice ({@link LocaleBean}), which view actions must read themselves
     * (they run before the template's f:view has set the view's locale).
     */
    static Locale locale() {
        return CDI.current().select(LocaleBean.class).get().getLocale();
    }

    static void notFound() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }

    /** Runs the action; a refused input becomes messages (404: the page's not-found status). */
    static <T> T attempt(Supplier<T> action, String formPrefix) {
        try {
            return action.get();
        } catch (Refusal e) {
            if (e instanceof NotFound) {
                notFound();
            } else {
                FacesMessages.show(e, formPrefix);
            }
            return null;
        }
    }

    static boolean run(Runnable action, String formPrefix) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }, formPrefix) != null;
    }
}
