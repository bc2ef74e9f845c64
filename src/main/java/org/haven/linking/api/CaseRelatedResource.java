package org.haven.linking.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.linking.application.RelatedReports;
import org.haven.platform.api.HavenApi;
import org.haven.platform.security.Role;

import java.util.List;

/** The reports related to a case's reports (issue 20), in the caller's scope, with why. */
@Path("/v1/cases/{caseId}/related")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cases")
@SecurityRequirement(name = HavenApi.BEARER)
@RolesAllowed({Role.Names.TEACHER, Role.Names.STAFF, Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL,
        Role.Names.DISTRICT_LEAD})
public class CaseRelatedResource {

    @Inject
    RelatedReports related;

    @GET
    @Operation(summary = "Open reports and cases sharing signals with the case's reports, in the caller's scope")
    public List<RelatedReports.Related> list(@PathParam("caseId") long caseId) {
        return related.ofCase(caseId);
    }
}
