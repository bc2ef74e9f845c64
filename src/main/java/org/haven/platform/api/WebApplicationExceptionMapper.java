package org.haven.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors raised by Jakarta REST itself (unknown path, wrong method, unreadable body) as problem details. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String key = switch (status) {
            case 400 -> "problem.malformed";
            case 401 -> "problem.unauthorized";
            case 403 -> "problem.forbidden";
            case 404 -> "problem.notFound";
            case 405 -> "problem.methodNotAllowed";
            case 406 -> "problem.notAcceptable";
            case 413 -> "problem.tooLarge";
            case 415 -> "problem.unsupportedMediaType";
            case 429 -> "problem.tooManyRequests";
            default -> status >= 500 ? "problem.server" : "problem.invalid";
        };
        return Problems.response(status, key, RequestLocale.of(headers));
    }
}
