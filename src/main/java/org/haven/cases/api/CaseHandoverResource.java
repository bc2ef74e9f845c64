package org.haven.cases.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.cases.application.CaseHandovers;
import org.haven.platform.api.HavenApi;
import org.haven.platform.api.RequestLocale;
import org.haven.platform.errors.Invalid;
import org.haven.platform.security.Role;


/**
 * A pupil who changes school (issue 20): the head of the case's school hands it over to another school of the
 * district, or writes a handover letter (PDF) for a school outside it.
 */
@Path("/v1/cases/{caseId}/handover")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cases")
@SecurityRequirement(name = HavenApi.BEARER)
@RolesAllowed({Role.Names.HEAD_OF_SCHOOL})
public class CaseHandoverResource {

    /** A handover within the district (schoolCode) or a letter out of it (destination). */
    public record Handover(String schoolCode, String destination, String reason, String summary,
                           Boolean pupilConsent, Boolean parentConsent) {
        CaseHandovers.Form toForm() {
            return new CaseHandovers.Form(schoolCode, destination, reason, summary, pupilConsent, parentConsent);
        }
    }

    @Inject
    CaseHandovers handovers;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hands the case over to another school of the district (head of the case's school)")
    public Response handOver(@PathParam("caseId") long caseId, Handover body) {
        if (body == null) {
            throw Invalid.of("body", "problem.bodyRequired");
        }
        return Response.status(201).entity(handovers.handOver(caseId, body.toForm())).build();
    }

    @POST
    @Path("/letter")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Writes the handover letter (PDF) for a school outside the district (head of the case's school)")
    public Response letter(@PathParam("caseId") long caseId, Handover body) {
        if (body == null) {
            throw Invalid.of("body", "problem.bodyRequired");
        }
        CaseHandovers.Letter letter = handovers.letter(caseId, body.toForm(), RequestLocale.of(headers));
        return Response.ok(letter.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + letter.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
