package org.haven.signin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.haven.platform.security.HavenAuthenticationMechanism;

import java.io.IOException;

/**
 * When the district requires a second factor and a staff account signs in without one, every page leads to the
 * set-up page until it is done (the mechanism marks the session at sign-in; nothing is read from the database here).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class EnrolmentFirstFilter extends HttpFilter {

    static final String PAGE = "/account/second-factor.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (session != null && Boolean.TRUE.equals(session.getAttribute(HavenAuthenticationMechanism.SESSION_MUST_ENROL))
                && !path.equals(PAGE) && !path.equals(HavenAuthenticationMechanism.LOGIN_PAGE)) {
            // a path, never a URL made from the Host header (docs/security.md)
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
