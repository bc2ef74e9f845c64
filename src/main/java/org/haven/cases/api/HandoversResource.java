package org.haven.cases.api;

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
import org.haven.cases.application.CaseHandovers;
import org.haven.cases.application.HandoverRecords;
import org.haven.platform.api.HavenApi;
import org.haven.platform.security.Role;

import java.util.List;

/** The old school's read-only records of the cases it handed over (issue 20). */
@Path("/v1/handovers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cases")
@SecurityRequirement(name = HavenApi.BEARER)
@RolesAllowed({Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL})
public class HandoversResource {

    @Inject
    HandoverRecords handovers;

    @GET
    @Operation(summary = "The cases the caller's schools handed over, newest first")
    public List<CaseHandovers.View> list() {
        return handovers.made();
    }

    @GET
    @Path("/{handoverId}")
    @Operation(summary = "One handover with the old school's read-only record of its part (404 for other schools)")
    public CaseHandovers.View one(@PathParam("handoverId") long handoverId) {
        return handovers.record(handoverId);
    }
}
