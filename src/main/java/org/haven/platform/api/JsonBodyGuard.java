package org.haven.platform.api;

import org.haven.platform.errors.Invalid;
import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.JsonException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Every JSON body is read whole, within {@value #MAX_BYTES} bytes and {@value #MAX_SECONDS} seconds, and parsed
 * strictly from its first byte to its last (at most {@value #MAX_DEPTH} levels deep, numbers of reasonable size)
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
    static final int MAX_NUMBER_CHARS = 40;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = readBounded(context.getInputStream(), System.nanoTime());
        if (body.length > 0) {
            check(body);
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

    /**
     * Parses the whole body; any syntax error, excess depth or oversized number is a 400. Every text of every body
     * follows one rule here (issue 14, finding 8): no control character other than a line break or a tab, so that
     * a NUL byte is refused the same way whether it is in a parent's message or a pupil's report; the refusal
     * names the property.
     */
    static void check(byte[] body) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            int depth = 0;
            JsonFieldPath path = new JsonFieldPath();
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case KEY_NAME -> path.key(parser.getString());
                    case VALUE_STRING -> {
                        path.value();
                        text(path, parser.getString());
                    }
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw new Refused(400);
                        }
                        path.value();
                        path.open(event == JsonParser.Event.START_ARRAY);
                    }
                    case END_OBJECT, END_ARRAY -> {
                        depth--;
                        path.close();
                    }
                    case VALUE_NUMBER -> {
                        path.value();
                        number(parser.getString());
                    }
                    default -> path.value();
                }
            }
            if (depth != 0) {
                throw new Refused(400);
            }
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            throw new Refused(400);
        }
    }

    /** The one rule for text in a body: line breaks and tabs are the only control characters allowed. */
    static void text(JsonFieldPath path, String value) {
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw Invalid.of(path.toString(), "text.controlCharacters");
        }
    }

    /** A number binds to a long, an int or a decimal: no thousand-digit literal, no exponent of a million. */
    private static void number(String literal) {
        if (literal.length() > MAX_NUMBER_CHARS) {
            throw new Refused(400);
        }
        int e = Math.max(literal.indexOf('e'), literal.indexOf('E'));
        if (e >= 0) {
            String exponent = literal.substring(e + 1).replace("+", "");
            if (exponent.replace("-", "").length() > 3) {
                throw new Refused(400);
            }
        }
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
