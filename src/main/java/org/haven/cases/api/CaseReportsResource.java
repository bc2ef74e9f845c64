package org.haven.cases.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.cases.application.CaseReports;
import org.haven.platform.api.HavenApi;
import org.haven.platform.security.Role;

import java.util.List;

/** One incident, many reports (issue 20): the reports of a case; attach one of its school, detach with a reason. */
@Path("/v1/cases/{caseId}/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cases")
@SecurityRequirement(name = HavenApi.BEARER)
@RolesAllowed({Role.Names.TEACHER, Role.Names.STAFF, Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL,
        Role.Names.DISTRICT_LEAD})
public class CaseReportsResource {

    /** Attach a report: its id. */
    public record ReportRef(Long reportId) {
    }

    /** Detach a report: why. */
    public record Reason(String reason) {
    }

    @Inject
    CaseReports reports;

    @GET
        @Operation(summary = "The reports of the case: the one it was opened from and those attached (and detached)")
    public List<CaseReports.Attached> reports(@PathParam("caseId") long caseId) {
        return reports.of(caseId);
    }

    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL})
    @Operation(summary = "Attaches a report of the case's school: its messages and evidence join the case")
    public Response attach(@PathParam("caseId") long caseId, ReportRef body) {
        return Response.status(201).entity(reports.attach(caseId, body == null ? null : body.reportId())).build();
    }

    @POST
    @Path("/{reportId}/detach")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL})
    @Operation(summary = "Detaches an attached report, with a reason")
    public CaseReports.Attached detach(@PathParam("caseId") long caseId, @PathParam("reportId") long reportId,
                                       Reason body) {
        return reports.detach(caseId, reportId, body == null ? null : body.reason());
    }
}
