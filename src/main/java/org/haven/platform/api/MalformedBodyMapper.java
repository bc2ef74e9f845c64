package org.haven.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON it should be (broken syntax, wrong types): 400, never 500. */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
        return Problems.response(400, "problem.malformed", RequestLocale.of(headers));
    }

    /** The same for JSON-B's own exception, when it reaches the application unwrapped. */
    @Provider
    public static class Jsonb implements ExceptionMapper<JsonbException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            return Problems.response(400, "problem.malformed", RequestLocale.of(headers));
        }
    }
}
