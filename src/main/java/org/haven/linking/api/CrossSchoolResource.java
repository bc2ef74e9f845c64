package org.haven.linking.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.linking.application.CrossSchoolMatches;
import org.haven.platform.api.HavenApi;
import org.haven.platform.security.Role;

import java.util.List;

/** The district lead's list of related reports across schools (issue 20): numbers and what matched, no content. */
@Path("/v1/related/across-schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
@SecurityRequirement(name = HavenApi.BEARER)
@RolesAllowed({Role.Names.DISTRICT_LEAD})
public class CrossSchoolResource {

    @Inject
    CrossSchoolMatches matches;

    @GET
    @Operation(summary = "Recent open reports of two schools sharing a username, phone number or address")
    public List<CrossSchoolMatches.Match> list() {
        return matches.recent();
    }
}
