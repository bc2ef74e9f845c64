package org.haven.platform.lifecycle;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Counts every request in flight for {@link ShutdownDrain}; while Haven stops, a new request gets 503 with
 * {@code Retry-After} and {@code Connection: close} (a proxy or a client tries again later, or another instance).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DrainFilter extends HttpFilter {

    @Inject
    ShutdownDrain drain;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!drain.tryEnter()) {
            response.setHeader("Retry-After", "30");
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            drain.exit();
        }
    }
}
