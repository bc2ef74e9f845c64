package org.haven.privacy.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.audit.application.CurrentActor;
import org.haven.platform.api.HavenApi;
import org.haven.platform.api.Problems;
import org.haven.platform.api.RequestLocale;
import org.haven.platform.i18n.Messages;
import org.haven.platform.security.Role;
import org.haven.privacy.application.LegalHolds;
import org.haven.privacy.application.Retention;
import org.haven.privacy.application.SubjectRequests;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The district admin's privacy operations: retention (dry run and purge), legal holds, access and erasure requests. */
@Path("/v1/admin/privacy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "privacy")
@SecurityRequirement(name = HavenApi.BEARER)
@RolesAllowed(Role.Names.DISTRICT_ADMIN)
public class PrivacyResource {

    /** One data class: its period in days, whether Haven's purge acts on it, rows due now, rows kept by a hold. */
    public record LineDto(String dataClass, int days, boolean purgedHere, Long due, long held) {
    }

    /** A legal hold to set: the case's number and why. */
    public record HoldBody(@NotBlank(message = "{privacy.hold.case.unknown}") @Size(max = 20) String caseNumber,
                           @NotBlank(message = "{privacy.hold.reason.required}") @Size(max = 500) String reason) {
    }

    /** A hold to release. */
    public record ReleaseBody(@NotBlank(message = "{privacy.hold.case.unknown}") @Size(max = 20) String caseNumber) {
    }

    /** The person a request names: an account's username or a person's external reference. */
    public record SubjectBody(@NotBlank(message = "{privacy.subject.required}") @Size(max = 100) String subject) {
    }

    /** What became of an erasure. */
    public record OutcomeDto(String outcome) {
    }

    @Inject
    Retention retention;

    @Inject
    LegalHolds holds;

    @Inject
    SubjectRequests requests;

    @Inject
    CurrentActor actor;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/retention")
    @Operation(summary = "What the next retention purge would anonymise or delete, per data class (a dry run)")
    public List<LineDto> dryRun() {
        return retention.dryRun().stream().map(PrivacyResource::dto).toList();
    }

    @POST
    @Path("/retention")
    @Operation(summary = "Runs the retention purge now (it also runs every night); returns what it found due")
    public List<LineDto> purge() {
        return retention.purge(actor.get()).stream().map(PrivacyResource::dto).toList();
    }

    @POST
    @Path("/holds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Puts a case under legal hold: the purge keeps it whole until released")
    public Response hold(@NotNull(message = "{problem.bodyRequired}") @Valid HoldBody body) {
        holds.hold(actor.get(), body.caseNumber(), body.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("/holds/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Releases a case's legal hold")
    public Response release(@NotNull(message = "{problem.bodyRequired}") @Valid ReleaseBody body) {
        holds.release(actor.get(), body.caseNumber());
        return Response.noContent().build();
    }

    @POST
    @Path("/exports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/zip", "application/problem+json"})
    @Operation(summary = "Everything Haven holds about a person, as a ZIP (data.json and summary.pdf), others' names redacted")
    public Response export(@NotNull(message = "{problem.bodyRequired}") @Valid SubjectBody body) {
        Optional<byte[]> zip = requests.export(actor.get(), body.subject());
        if (zip.isEmpty()) {
            return unknown();
        }
        return Response.ok(zip.get(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"haven-subject-access.zip\"").build();
    }

    @POST
    @Path("/erasures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erases a person where the law allows; 409 with the reason when a case must be kept")
    public Response erase(@NotNull(message = "{problem.bodyRequired}") @Valid SubjectBody body) {
        SubjectRequests.Outcome o = requests.erase(actor.get(), body.subject());
        return switch (o.outcome()) {
            case "DONE" -> Response.ok(new OutcomeDto("DONE")).build();
            case "REFUSED" -> Problems.response(409, o.reason(), RequestLocale.of(headers));
            default -> unknown();
        };
    }

    private Response unknown() {
        Locale locale = RequestLocale.of(headers);
        return Problems.response(404, "privacy.subject.unknown", locale, List.of(
                new Problems.Violation("subject", Messages.text(locale, "privacy.subject.unknown"))));
    }

    private static LineDto dto(Retention.Line l) {
        return new LineDto(l.dataClass().name(), l.days(), l.purgedHere(), l.due(), l.held());
    }
}
