package org.haven.platform.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * HTTP caching of public lists that hold nothing about anyone (the schools, the help lines): clients and proxies
 * may keep them for {@link #MAX_AGE_SECONDS}, then ask again with the ETag and get a bodiless 304 while nothing
 * changed. Everything else stays {@code no-store} ({@code SecurityHeadersFilter}, which leaves these paths to us).
 */
public final class PublicCaching {

    public static final int MAX_AGE_SECONDS = 60;

    private PublicCaching() {
    }

    /**
     * 200 with the body, or 304 when the request's {@code If-None-Match} names the same content.
     *
     * @param varyByLanguage whether the body depends on {@code Accept-Language}
     */
    public static Response ok(Request request, Object body, boolean varyByLanguage) {
        EntityTag tag = new EntityTag(digest(body.toString()));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder builder = unchanged != null ? unchanged : Response.ok(body);
        builder.tag(tag).header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
        if (varyByLanguage) {
            builder.header("Vary", "Accept-Language");
        }
        return builder.build();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
