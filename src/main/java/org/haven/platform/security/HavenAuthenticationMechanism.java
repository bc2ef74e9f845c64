package org.haven.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.haven.platform.web.SecurityHeadersFilter;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * How a request proves who it is.
 * <ul>
 *   <li>Web pages: the login form calls {@code SecurityContext.authenticate} with the credential; on success the
 *   principal is kept in a new session (the id changes at login), and every later request of that session is
 *   authenticated from it, with its roles checked against the directory at each request ({@link LiveRoles}: a role
 *   removed narrows the session, a disabled account ends it). A protected page without a session goes to the login
 *   page, which returns there after.</li>
 *   <li>REST API ({@code /api/}): {@code Authorization: Bearer <token>} from {@code POST /api/v1/auth/token},
 *   checked against the database on every call ({@link BearerAuthentication}); no session is created.</li>
 * </ul>
 */
@ApplicationScoped
public class HavenAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_PRINCIPAL = "haven.principal";
    public static final String SESSION_AFTER_LOGIN = "haven.afterLogin";
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Set on a session whose account must enrol a second factor before anything else (SignInPolicy.Need.ENROL). */
    public static final String SESSION_MUST_ENROL = "haven.mustEnrolSecondFactor";

    /** Style sheets, scripts and images of Faces: they show nothing of an account, so no roles check for them. */
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LiveRoles liveRoles;

    @Inject
    BearerAuthentication bearer;

    @Inject
    Instance<SignInPolicy> secondFactor;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return bearer.authenticate(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return login(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_PRINCIPAL) instanceof HavenPrincipal principal) {
            if (path.startsWith(FACES_RESOURCES)) {
                return context.notifyContainerAboutLogin(principal, principal.roles());
            }
            Optional<HavenPrincipal> now = liveRoles.recheck(principal);
            if (now.isPresent()) {
                if (now.get() != principal) {
                    session.setAttribute(SESSION_PRINCIPAL, now.get());
                }
                return context.notifyContainerAboutLogin(now.get(), now.get().roles());
            }
            session.invalidate();
            return context.isProtected() ? toLoginPage(request, response, context) : context.doNothing();
        }
        if (context.isProtected()) {
            return toLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HavenPrincipal principal = (HavenPrincipal) result.getCallerPrincipal();
        if (credential instanceof UsernamePasswordCredential
                && !secondFactor.isUnsatisfied() && !secondFactor.get().passwordAllowed(principal)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        SignInPolicy.Need need = credential instanceof SecondFactorCredential || secondFactor.isUnsatisfied()
                ? SignInPolicy.Need.NONE : secondFactor.get().need(principal);
        if (need == SignInPolicy.Need.CODE) {
            // The first step passed; the session is opened only once the code is checked (signin feature).
            session.setAttribute(PendingSignIn.SESSION_ATTRIBUTE, new PendingSignIn(principal, Instant.now()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (need == SignInPolicy.Need.ENROL) {
            session.setAttribute(SESSION_MUST_ENROL, Boolean.TRUE);
        }
        session.setAttribute(SESSION_PRINCIPAL, principal);
        return context.notifyContainerAboutLogin(principal, principal.roles());
    }

    private AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context) {
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(SESSION_AFTER_LOGIN,
                    request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        String loginUrl = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + loginUrl + "\"></redirect></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        // The Location is a path: the container's redirect made it absolute from the Host header the client
        // chose (issue 14, finding 6). The headers of every answer are set here, as no filter has run yet.
        SecurityHeadersFilter.apply(request, response);
        response.setHeader("Content-Security-Policy", SecurityHeadersFilter.STRICT_POLICY);
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", loginUrl);
        response.setContentLength(0);
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
