package org.haven.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Security headers on every response. Faces pages get their Content-Security-Policy from PrimeFaces (with a
 * per-request nonce for its scripts, policy in web.xml's primefaces.CSP_POLICY); everything else gets a policy
 * that allows nothing to run. Pages are never cached: they show data about children. The only exceptions are
 * static resources and the public lists of schools and help lines, which cache themselves.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    /** Public lists that set their own caching headers (PublicCaching): nothing about anyone in them. */
    static final java.util.Set<String> PUBLIC_LISTS = java.util.Set.of("/api/v1/schools", "/api/v1/resources");

    static final String STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean resource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        boolean publicList = "GET".equals(request.getMethod()) && PUBLIC_LISTS.contains(path);
        if (!resource && !publicList) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (!isFacesPage(path)) {
            response.setHeader("Content-Security-Policy", STRICT_POLICY);
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }

    static boolean isFacesPage(String path) {
        return path.endsWith(".xhtml") || path.equals("/") || path.endsWith("/");
    }
}
