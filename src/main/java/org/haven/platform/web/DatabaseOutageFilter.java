package org.haven.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.platform.persistence.DatabaseOutage;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * A page that fails because the database cannot be reached gets the maintenance page (503, Retry-After,
 * /error/unavailable.xhtml in the normal layout and the page's language) instead of the generic error page; an Ajax request is sent there by a Faces redirect. One log line per request, no stack trace: during
 * an outage every page fails the same way. Pages that handle an outage themselves (the report wizard keeps the
 * pupil's draft) never let it reach this filter.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class DatabaseOutageFilter extends HttpFilter {

    static final String PAGE = "/error/unavailable.xhtml";
    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "Database unreachable: " + request.getRequestURI() + " answered with the maintenance page");
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.resetBuffer();
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + request.getContextPath() + PAGE + "\"/></partial-response>");
                return;
            }
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            request.getRequestDispatcher(PAGE).forward(request, response);
        }
    }
}
