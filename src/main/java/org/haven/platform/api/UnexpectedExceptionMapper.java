package org.haven.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.haven.platform.persistence.DatabaseOutage;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else: a 500 problem that says nothing of the cause to the caller; the cause is logged with an
 * incident number that the answer repeats, so that support can find it. A database that cannot be reached is not
 * an incident of the request: 503 with Retry-After, logged in one line (an outage would otherwise fill the log
 * with one stack trace per request).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception e) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.warning(() -> "Database unreachable: answered 503 (" + e.getClass().getSimpleName() + ")");
            return Problems.unavailable(RequestLocale.of(headers));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return Response.fromResponse(Problems.response(500, "problem.server", RequestLocale.of(headers)))
                .header("X-Incident", incident).build();
    }
}
