package org.haven.platform.api;

import jakarta.ws.rs.core.HttpHeaders;
import org.haven.platform.i18n.Messages;

import java.util.Locale;

/** The language a REST answer is written in: the first supported one of Accept-Language. */
public final class RequestLocale {

    private RequestLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        return headers == null ? Messages.DEFAULT : Messages.firstSupported(headers.getAcceptableLanguages());
    }
}
