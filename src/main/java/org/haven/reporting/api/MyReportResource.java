package org.haven.reporting.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.platform.api.HavenApi;
import org.haven.platform.security.ReporterPrincipal;
import org.haven.reporting.application.ReportViews;
import org.haven.reporting.application.ReporterInbox;

/**
 * The reporter's side of their report, with the token their receipt was exchanged for: what the school wrote and
 * received, and a message back. The report comes from the token only, never from the request.
 */
@Path("/v1/reports/mine")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class MyReportResource {

    @Inject
    ReporterInbox inbox;

    @Context
    SecurityContext security;

    @GET
    @SecurityRequirement(name = HavenApi.BEARER)
    @Operation(summary = "The report the token opens: status, the school's messages, the evidence received")
    public ReportDtos.Mine mine() {
        ReportViews.ForReporter r = inbox.view(reportId());
        return new ReportDtos.Mine(r.schoolName(), r.category().name(), r.status().name(), r.urgent(),
                r.receivedAt(), r.messages(), r.evidence());
    }

    @POST
    @Path("/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = HavenApi.BEARER)
    @Operation(summary = "Writes to the school about the report the token opens")
    public Response reply(ReportDtos.MessageDto body) {
        long id = reportId();
        inbox.reply(id, body == null ? null : body.body());
        return Response.status(201).build();
    }

    private long reportId() {
        if (security.getUserPrincipal() instanceof ReporterPrincipal p) {
            return p.reportId();
        }
        throw new NotAuthorizedException("Bearer");
    }
}
