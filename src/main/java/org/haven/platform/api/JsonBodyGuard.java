package org.haven.platform.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Every JSON body is read whole, within {@value #MAX_BYTES} bytes and {@value #MAX_SECONDS} seconds, and parsed
 * strictly from its first byte to its last ({@link JsonBodyChecks}) (at most {@value #MAX_DEPTH} levels deep, numbers of reasonable size)
 * before anything is bound to a Java object. A body cut short used to reach JSON-B, whose skipping of an unknown
 * property spun a server thread for ever (issue 14): now it is a 400 before binding starts, and JSON-B itself
 * refuses unknown properties ({@link StrictJson}). Too large is 413, too slow 408.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyGuard implements ReaderInterceptor {

    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_SECONDS = 10;
    public static final int MAX_DEPTH = 32;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = readBounded(context.getInputStream(), System.nanoTime());
        if (body.length > 0) {
            JsonBodyChecks.check(body);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equalsIgnoreCase("json")
                || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    static byte[] readBounded(InputStream in, long startNanos) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long deadline = startNanos + MAX_SECONDS * 1_000_000_000L;
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_BYTES) {
                throw new Refused(413);
            }
            if (System.nanoTime() > deadline) {
                throw new Refused(408);
            }
        }
        return out.toByteArray();
    }

    /** A body refused before binding: 400 (not JSON), 408 (too slow) or 413 (too large). */
    public static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status) {
            super("JSON body refused: " + status, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** The refusal as a translated problem. */
    @Provider
    public static class RefusedMapper implements ExceptionMapper<Refused> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Refused e) {
            String key = switch (e.status()) {
                case 408 -> "problem.tooSlow";
                case 413 -> "problem.tooLarge";
                default -> "problem.malformed";
            };
            return Problems.response(e.status(), key, RequestLocale.of(headers));
        }
    }
}
