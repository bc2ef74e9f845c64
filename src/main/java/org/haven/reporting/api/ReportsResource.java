package org.haven.reporting.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.audit.application.CurrentActor;
import org.haven.helplines.application.HelpLine;
import org.haven.platform.api.HavenApi;
import org.haven.platform.api.Problems;
import org.haven.platform.api.RequestLocale;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.persistence.DatabaseOutage;
import org.haven.platform.security.ClientKey;
import org.haven.platform.security.Role;
import org.haven.reporting.application.AbuseLimits;
import org.haven.reporting.application.ReportAccess;
import org.haven.reporting.application.ReportHelpLines;
import org.haven.reporting.application.ReportSubmission;
import org.haven.reporting.application.ReportViews;
import org.haven.reporting.application.StaffInbox;
import org.haven.reporting.application.StaffReports;
import org.haven.reporting.application.Submitted;
import org.haven.reporting.domain.ReceiptCode;
import org.haven.reporting.domain.ReportForm;

import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Confidential reporting without an account: create a report, open it again with its receipt (in the body,
 * never in a URL; the report it opens is read and answered in {@link MyReportResource}); and the school's
 * reports for its referents and head. Nothing identifying the device is stored.
 */
@Path("/v1/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class ReportsResource {

    @Inject
    ReportSubmission submission;

    @Inject
    ReportHelpLines helpLines;

    @Inject
    ReportAccess access;

    @Inject
    AbuseLimits limits;

    @Inject
    StaffReports staffReports;

    @Inject
    StaffInbox staffInbox;

    @Inject
    CurrentActor actor;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a confidential report; answers its receipt (shown once) and the help lines that fit")
    public Response create(ReportDtos.NewReport body) {
        Locale locale = RequestLocale.of(headers);
        if (body == null) {
            return Problems.response(400, "problem.bodyRequired", locale);
        }
        String client = ClientKey.of(request);
        ReportForm form = body.toForm();
        AbuseLimits.Admission admission = limits.admit(client, null, form);
        if (!admission.admitted()) {
            return Response.fromResponse(Problems.response(429, "report.tooMany", locale))
                    .header("Retry-After", 600).build();
        }
        Submitted s;
        try {
            s = submission.submit(form, List.of(), actor.principal(), locale,
                    admission == AbuseLimits.Admission.ADMITTED_OVER_LIMIT);
        } catch (RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                return notStored(form, locale);
            }
            throw e;
        }
        limits.reported(client, null);
        return Response.status(201).entity(new ReportDtos.Created(s.receipt(), s.urgent(), s.helpLines(),
                s.receivedAt(), s.schoolName(), s.fingerprint())).build();
    }

    /**
     * The database is unreachable: nothing was stored (the transaction never committed), and the pupil is told so
     * with the help lines that fit their answers, from memory: 503 with Retry-After and {@code helpLines}.
     */
    private Response notStored(ReportForm form, Locale locale) {
        Logger.getLogger(ReportsResource.class.getName())
                .warning("Database unreachable: a report was not stored; answered 503 with the help lines");
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (HelpLine l : helpLines.whileDown(form, locale)) {
            lines.add(Json.createObjectBuilder().add("name", l.name()).add("phone", l.phone()).add("tel", l.tel())
                    .add("hours", l.hours()).add("purpose", l.purpose()));
        }
        return Problems.unavailable(Json.createObjectBuilder(
                Problems.body(503, "problem.reportUnavailable", locale, List.of())).add("helpLines", lines).build());
    }

    @POST
    @Path("/access")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchanges a receipt for a short-lived token that opens its report")
    public Response open(ReportDtos.Access body) {
        Locale locale = RequestLocale.of(headers);
        String client = ClientKey.of(request);
        if (!limits.mayTryReceipt(client)) {
            return Response.fromResponse(Problems.response(429, "report.receipt.tooMany", locale))
                    .header("Retry-After", 600).build();
        }
        if (body == null || body.receipt() == null || body.receipt().isBlank()) {
            throw Invalid.of("receipt", "report.receipt.required");
        }
        if (ReceiptCode.parse(body.receipt()) == null) {
            limits.receiptFailed(client);
            throw Invalid.of("receipt", "report.receipt.format");
        }
        return access.token(body.receipt())
                .map(t -> Response.ok(new ReportDtos.AccessToken(t.token(), t.expiresIn())).build())
                .orElseGet(() -> {
                    limits.receiptFailed(client);
                    return Problems.response(401, "report.receipt.invalid", locale);
                });
    }

    @GET
    @RolesAllowed({Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL})
    @SecurityRequirement(name = HavenApi.BEARER)
    @Operation(summary = "The reports of the caller's schools, newest first; keyset paging with after")
    public StaffReports.Page list(@QueryParam("after") String after, @QueryParam("size") Integer size) {
        return staffReports.page(after, size);
    }

    @GET
    @Path("/{reportId}")
    @RolesAllowed({Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL})
    @SecurityRequirement(name = HavenApi.BEARER)
    @Operation(summary = "One report of the caller's schools (404 outside them): facts, messages, links, evidence")
    public ReportViews.ForStaff one(@PathParam("reportId") long reportId) {
        return staffInbox.view(reportId).orElseThrow(() -> new NotFound(List.of(new Refusal.FieldError("id", "report.notFound"))));
    }
}
