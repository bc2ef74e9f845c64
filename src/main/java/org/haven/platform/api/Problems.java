package org.haven.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.haven.platform.i18n.Messages;
import org.haven.platform.persistence.DatabaseOutage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * RFC 9457 problem details, translated: {@code {type, title, status, detail, violations: [{field, message}]}}.
 * The title and the messages come from the bundles in the request's language.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");

    /** One invalid field and what is wrong with it, already translated. */
    public record Violation(String field, String message) {
    }

    private Problems() {
    }

    public static JsonObject body(int status, String titleKey, Locale locale, List<Violation> violations) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Messages.text(locale, titleKey))
                .add("status", status);
        if (!violations.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            violations.forEach(v -> list.add(Json.createObjectBuilder()
                    .add("field", v.field()).add("message", v.message())));
            b.add("violations", list);
        }
        return b.build();
    }

    public static Response response(int status, String titleKey, Locale locale, List<Violation> violations) {
        return Response.status(status).type(PROBLEM_JSON)
                .entity(body(status, titleKey, locale, violations).toString()).build();
    }

    public static Response response(int status, String titleKey, Locale locale) {
        return response(status, titleKey, locale, List.of());
    }

    /**
     * 503 while the database cannot be reached: nothing was done, the same request can be sent again after
     * Retry-After seconds.
     */
    public static Response unavailable(Locale locale) {
        return unavailable(body(503, "problem.unavailable", locale, List.of()));
    }

    /** 503 with this body (a problem with more members, such as the help lines of a report that was not sent). */
    public static Response unavailable(JsonObject body) {
        return Response.status(503).type(PROBLEM_JSON).header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                .entity(body.toString()).build();
    }

    /** For the places outside Jakarta REST (the authentication mechanism, servlets). */
    public static void write(HttpServletResponse response, int status, String titleKey, Locale locale) {
        write(response, status, titleKey, locale, List.of());
    }

    public static void write(HttpServletResponse response, int status, String titleKey, Locale locale,
                             List<Violation> violations) {
        try {
            response.setStatus(status);
            response.setContentType(MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(body(status, titleKey, locale, violations).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
