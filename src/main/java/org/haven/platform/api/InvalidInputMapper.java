package org.haven.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.haven.platform.errors.InvalidInputException;
import org.haven.platform.i18n.Messages;

import java.util.Locale;

@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(InvalidInputException e) {
        Locale locale = RequestLocale.of(headers);
        return Problems.response(e.status(), e.status() == 409 ? "problem.conflict" : "problem.invalid", locale,
                e.errors().stream()
                        .map(f -> new Problems.Violation(f.field(), Messages.text(locale, f.key(), f.args())))
                        .toList());
    }
}
