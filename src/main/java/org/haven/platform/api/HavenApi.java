package org.haven.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import java.util.Map;

/** The public REST API, version 1 under /api/v1 (ARCHITECTURE.md section 4); documented at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Haven API", version = "1",
        description = "Confidential reporting and case management for a school district's anti-harassment protocol.",
        license = @License(name = "Open source")))
@SecurityScheme(securitySchemeName = HavenApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/auth/token")
public class HavenApi extends Application {

    public static final String BEARER = "bearer";

    /**
     * Jersey's generated WADL ({@code /api/application.wadl}, and the answer to {@code OPTIONS} on any resource)
     * listed every resource and the Jersey version to anyone (issue 14, finding 7); the contract is /openapi.
     */
    static final String DISABLE_WADL = "jersey.config.server.wadl.disableWadl";

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(DISABLE_WADL, true);
    }
}
