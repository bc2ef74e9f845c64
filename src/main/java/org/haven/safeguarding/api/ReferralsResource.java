package org.haven.safeguarding.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.haven.platform.api.RequestLocale;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.security.Role;
import org.haven.safeguarding.application.ReferralDraft;
import org.haven.safeguarding.application.Referrals;
import org.haven.safeguarding.application.SafeguardingQueries;
import org.haven.safeguarding.application.SafeguardingViews;
import org.haven.safeguarding.domain.ReferralDocument;
import org.haven.safeguarding.domain.ReferralKind;
import org.haven.safeguarding.domain.ReferralStatus;

import java.util.List;

import static org.haven.safeguarding.api.ApiEnums.parse;
import static org.haven.safeguarding.api.ApiEnums.required;

/**
 * Referrals of a case to outside bodies (ARCHITECTURE.md section 4): drafted, sent (the pupil's consent or a
 * recorded override is required; 409 otherwise), moved through their lifecycle (409 for a move it does not allow),
 * with the documents sent. A case outside the caller's scope, or a referral of another case, is 404.
 */
@Path("/v1/cases/{caseId}/referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "safeguarding")
@SecurityRequirement(name = HavenApi.BEARER)
@RolesAllowed({Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL, Role.Names.DISTRICT_LEAD})
public class ReferralsResource {

    @Inject
    Referrals referrals;

    @Inject
    SafeguardingQueries queries;

    @Context
    HttpHeaders headers;

    @PathParam("caseId")
    long caseId;

    @GET
    @Operation(summary = "The case's referrals")
    public List<SafeguardingViews.ReferralRow> list() {
        return queries.overview(caseId).referrals();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Drafts a referral (kind: CHILD_PROTECTION, PROSECUTOR, POLICE, HEALTH, ASSOCIATION,"
            + " PLATFORM_TAKEDOWN, EMERGENCY, EDUCATION_AUTHORITY)")
    public Response draft(SafeguardingDtos.Referral body) {
        long id = referrals.draft(caseId, draftOf(required(body))).id();
        return Response.status(201).entity(queries.referral(id)).build();
    }

    @GET
    @Path("/{referralId}")
    @Operation(summary = "One referral: content, status, transitions, documents, whether consent allows sending")
    public SafeguardingViews.ReferralDetail get(@PathParam("referralId") long referralId) {
        return detail(referralId);
    }

    @PUT
    @Path("/{referralId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a draft's content (its kind stays)")
    public SafeguardingViews.ReferralDetail edit(@PathParam("referralId") long referralId,
                                                 SafeguardingDtos.Referral body) {
        SafeguardingViews.ReferralDetail current = detail(referralId);
        SafeguardingDtos.Referral b = required(body);
        referrals.edit(referralId, new ReferralDraft(current.kind(), b.partyId(), b.bodyId(), b.recipient(),
                b.reason(), b.shared()));
        return queries.referral(referralId);
    }

    @POST
    @Path("/{referralId}/send")
    @Operation(summary = "Sends a complete draft: checks the pupil's consent (409 without it or an override),"
            + " records the disclosure, generates and keeps the document")
    public SafeguardingViews.ReferralDetail send(@PathParam("referralId") long referralId) {
        detail(referralId);
        referrals.send(referralId, RequestLocale.of(headers));
        return queries.referral(referralId);
    }

    @POST
    @Path("/{referralId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moves a sent referral on (to: ACKNOWLEDGED, ACCEPTED, REJECTED, DONE, REVOKED; a note is"
            + " required for REJECTED and REVOKED)")
    public SafeguardingViews.ReferralDetail move(@PathParam("referralId") long referralId,
                                                 SafeguardingDtos.Transition body) {
        detail(referralId);
        SafeguardingDtos.Transition t = required(body);
        referrals.move(referralId, parse(t.to(), ReferralStatus.class, "to"), t.note(), t.externalRef());
        return queries.referral(referralId);
    }

    @GET
    @Path("/{referralId}/documents/{documentId}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "A document sent with the referral, exactly as sent")
    public Response document(@PathParam("referralId") long referralId, @PathParam("documentId") long documentId) {
        detail(referralId);
        ReferralDocument d = referrals.document(referralId, documentId);
        return Response.ok(d.content(), d.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"")
                .header("X-Content-SHA256", d.sha256()).build();
    }

    /** The referral, if it belongs to this case and the caller may see it; 404 otherwise. */
    private SafeguardingViews.ReferralDetail detail(long referralId) {
        SafeguardingViews.ReferralDetail d = queries.referral(referralId);
        if (d.caseId() != caseId) {
            throw new NotFound(List.of(new Refusal.FieldError("id",
                    "referral.notFound")));
        }
        return d;
    }

    private static ReferralDraft draftOf(SafeguardingDtos.Referral b) {
        return new ReferralDraft(parse(b.kind(), ReferralKind.class, "kind"), b.partyId(), b.bodyId(), b.recipient(),
                b.reason(), b.shared());
    }
}
