package org.haven.platform.web;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Every view starts in the language the person chose with the language switch ({@link LocaleBean}), not in the
 * browser's. Faces gives a new view the browser's language and the layout's {@code f:view} changes it only when
 * the page is drawn: what a page loaded before that (a case's protocol steps, read in its view action) came in the
 * browser's language, so an English browser switched to Français showed the protocol in English (issue 23).
 */
public class InterfaceLanguage extends ViewHandlerWrapper {

    public InterfaceLanguage(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        try {
            return CDI.current().select(LocaleBean.class).get().getLocale();
        } catch (IllegalStateException | ContextNotActiveException noSession) {
            return super.calculateLocale(context);
        }
    }
}
