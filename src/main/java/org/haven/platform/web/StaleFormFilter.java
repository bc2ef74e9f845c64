package org.haven.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.io.InputStream;

/**
 * A form that cannot be taken back (its page expired, its state belongs to another session or was made up, or it
 * lacks the page's script nonce because it was not sent by the page) is the sender's problem, not the server's: a
 * 400 with the kind "page expired" page, which says that what was sent did not go through and where the help lines
 * are. It used to be a 500 with an incident id (issue 14, finding 5). Nothing of such a request was processed:
 * Faces refuses it before any value is applied.
 */
@WebFilter(servletNames = "Faces Servlet", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class StaleFormFilter extends HttpFilter {

    static final String PAGE = "/error/expired.html";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!isStaleForm(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            SecurityHeadersFilter.apply(request, response);
            response.setHeader("Content-Security-Policy", SecurityHeadersFilter.STATIC_PAGE_POLICY);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/html;charset=UTF-8");
            try (InputStream page = request.getServletContext().getResourceAsStream(PAGE)) {
                if (page != null) {
                    page.transferTo(response.getOutputStream());
                }
            }
        }
    }

    /** Whether the failure is a view that cannot be restored or a post without the page's nonce. */
    static boolean isStaleForm(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof CspException) {
                return true;
            }
        }
        return false;
    }
}
