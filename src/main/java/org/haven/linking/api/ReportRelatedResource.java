package org.haven.linking.api;

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
import org.haven.linking.application.RelatedReports;
import org.haven.platform.api.HavenApi;
import org.haven.platform.security.Role;

import java.util.List;

/**
 * The reports related to a report (issue 20): who shares its signals, and why; staff of its school accept a
 * suggestion (the report joins the case) or dismiss it.
 */
@Path("/v1/reports/{reportId}/related")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
@SecurityRequirement(name = HavenApi.BEARER)
@RolesAllowed({Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL, Role.Names.DISTRICT_LEAD})
public class ReportRelatedResource {

    /** The suggestion acted on. */
    public record RelatedRef(Long relatedId) {
    }

    @Inject
    RelatedReports related;

    @GET
    @Operation(summary = "Open reports and cases sharing signals with the report, in the caller's scope, with why")
    public List<RelatedReports.Related> list(@PathParam("reportId") long reportId) {
        return related.ofReport(reportId);
    }

    @POST
    @Path("/acceptances")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL})
    @Operation(summary = "Accepts a suggestion: the report without a case joins the other's case")
    public Response accept(@PathParam("reportId") long reportId, RelatedRef body) {
        CaseReports.Attached a = related.accept(reportId, body == null ? null : body.relatedId());
        return Response.status(201).entity(a).build();
    }

    @POST
    @Path("/dismissals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL})
    @Operation(summary = "Dismisses a suggestion: the two reports are not suggested together again")
    public Response dismiss(@PathParam("reportId") long reportId, RelatedRef body) {
        related.dismiss(reportId, body == null ? null : body.relatedId());
        return Response.noContent().build();
    }
}
