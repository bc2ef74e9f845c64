package org.haven.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.Set;

/**
 * Security headers on every response. Faces pages get their Content-Security-Policy from PrimeFaces (with a
 * per-request nonce for its scripts, policy in web.xml's primefaces.CSP_POLICY); the static pages (the error pages)
 * may load the application's style sheet and nothing else; everything else gets a policy that allows nothing to
 * run. Pages are never cached: they show data about children. The only exceptions are static resources and the
 * public lists of schools and help lines, which cache themselves. The filter runs on error dispatches too: the
 * container's 403, 404 and 500 pages used to go out without any of these headers (issue 14, finding 6), and the
 * authentication mechanism, which answers before any filter, applies them itself ({@link #apply}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    /** Public lists that set their own caching headers (PublicCaching): nothing about anyone in them. */
    static final Set<String> PUBLIC_LISTS = Set.of("/api/v1/schools", "/api/v1/resources");

    public static final String STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String STATIC_PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, new PathRedirects(response));
    }

    /**
     * Redirects to a path of this application keep the path in Location. The container made it absolute from the
     * Host header the client sent, so a forged Host sent the browser to another site after login (issue 14,
     * finding 6); a browser resolves a path against the address it asked, which is the right one.
     */
    static final class PathRedirects extends HttpServletResponseWrapper {

        PathRedirects(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (location == null || location.contains("://") || location.startsWith("//") || isCommitted()) {
                super.sendRedirect(location);
                return;
            }
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader("Location", location);
            setContentLength(0);
            flushBuffer();
        }
    }

    /** Sets the headers for this request's path; for answers given before the filter chain runs as well. */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
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
        if (path.endsWith(".html")) {
            response.setHeader("Content-Security-Policy", STATIC_PAGE_POLICY);
        } else if (!isFacesPage(path)) {
            response.setHeader("Content-Security-Policy", STRICT_POLICY);
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    static boolean isFacesPage(String path) {
        return path.endsWith(".xhtml") || path.equals("/") || path.endsWith("/");
    }
}
