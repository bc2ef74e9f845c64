package org.haven.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.haven.platform.errors.Refusal;
import org.haven.platform.i18n.Messages;

import java.util.Locale;

/** A refusal answered as problem details: its status and title by kind, one violation per field. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Refusal e) {
        Locale locale = RequestLocale.of(headers);
        return Problems.response(RefusalStatus.of(e), RefusalStatus.titleKey(e), locale,
                e.errors().stream()
                        .map(f -> new Problems.Violation(f.field(), Messages.text(locale, f.key(), f.args())))
                        .toList());
    }
}
