package org.haven.training.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
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
import org.haven.platform.api.HavenApi;
import org.haven.platform.api.Problems;
import org.haven.platform.api.RequestLocale;
import org.haven.platform.security.ClientKey;
import org.haven.platform.security.Role;
import org.haven.training.application.Certificates;
import org.haven.training.application.TrainingAssignments;
import org.haven.training.application.TrainingCompliance;
import org.haven.training.application.TrainingViews;
import org.haven.training.application.TrainingViews.Verification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Training modules, compliance figures and the public check of a certificate's code. */
@Path("/v1/training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "training")
public class TrainingResource {

    /** A certificate as the public may see it. */
    public record CertificateCheck(String status, String holder, String module, Instant issuedAt) {
    }

    @Inject
    TrainingAssignments assignments;

    @Inject
    TrainingCompliance compliance;

    @Inject
    Certificates certificates;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @GET
    @Path("/modules")
    @RolesAllowed({Role.Names.TEACHER, Role.Names.STAFF, Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL,
            Role.Names.DISTRICT_LEAD, Role.Names.DISTRICT_ADMIN})
    @SecurityRequirement(name = HavenApi.BEARER)
    @Operation(summary = "The training modules offered, in the request's language")
    public List<TrainingViews.ModuleSummary> modules() {
        return assignments.modules(RequestLocale.of(headers));
    }

    @GET
    @Path("/compliance")
    @RolesAllowed({Role.Names.HEAD_OF_SCHOOL, Role.Names.DISTRICT_LEAD})
    @SecurityRequirement(name = HavenApi.BEARER)
    @Operation(summary = "Training compliance per school and module: every school for the district lead, theirs "
            + "for a head of school")
    public Response compliance() {
        Locale locale = RequestLocale.of(headers);
        return compliance.report(locale)
                .map(r -> Response.ok(r.bySchool()).build())
                .orElseGet(() -> Problems.response(404, "training.notFound", locale));
    }

    @GET
    @Path("/certificates/{code}")
    @PermitAll
    @Operation(summary = "Checks a certificate's verification code: valid or expired, holder, module, date of issue "
            + "(404 for an unknown code); limited per client")
    public Response certificate(@PathParam("code") String code) {
        Locale locale = RequestLocale.of(headers);
        if (!certificates.mayLookUp(ClientKey.of(request))) {
            return Response.fromResponse(Problems.response(429, "training.verify.tooMany", locale))
                    .header("Retry-After", 600).build();
        }
        Verification v = certificates.verify(code, locale);
        if (v.status() == TrainingViews.VerificationStatus.UNKNOWN) {
            return Problems.response(404, "training.verify.unknown", locale);
        }
        return Response.ok(new CertificateCheck(v.status().name().toLowerCase(Locale.ROOT), v.holder(), v.title(),
                v.issuedAt())).build();
    }
}
