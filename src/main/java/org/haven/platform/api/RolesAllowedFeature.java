package org.haven.platform.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.haven.platform.i18n.Messages;

import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} on REST resources (method first, then class): 401 without a valid token,
 * 403 with a token whose account lacks the role. Resources without it are public ({@code @PermitAll}).
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (resource.getResourceMethod().isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (roles != null) {
            context.register(new RoleFilter(roles.value()));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class RoleFilter implements ContainerRequestFilter {

        private final String[] roles;

        RoleFilter(String[] roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            var locale = Messages.firstSupported(request.getAcceptableLanguages());
            if (security.getUserPrincipal() == null) {
                request.abortWith(Problems.response(401, "problem.unauthorized", locale));
                return;
            }
            if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
                request.abortWith(Problems.response(403, "problem.forbidden", locale));
            }
        }
    }

}
