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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.platform.api.HavenApi;
import org.haven.platform.security.Role;
import org.haven.safeguarding.application.RiskAssessments;
import org.haven.safeguarding.application.SafeguardingQueries;
import org.haven.safeguarding.application.SafeguardingViews;
import org.haven.safeguarding.application.SupportPlans;
import org.haven.safeguarding.application.UrgentDecisions;
import org.haven.safeguarding.domain.CalledParty;
import org.haven.safeguarding.domain.RiskAnswers;
import org.haven.safeguarding.domain.RiskDuration;
import org.haven.safeguarding.domain.RiskFrequency;
import org.haven.safeguarding.domain.SupportKind;
import org.haven.safeguarding.domain.SupportStatus;

import static org.haven.safeguarding.api.ApiEnums.parse;
import static org.haven.safeguarding.api.ApiEnums.required;
import static org.haven.safeguarding.api.SafeguardingDtos.Assessment.yes;

/**
 * A case's safeguarding (ARCHITECTURE.md section 4): the overview, risk assessments, the urgent decision, the
 * support plan. A case outside the caller's scope is 404, as if it did not exist.
 */
@Path("/v1/cases/{caseId}/safeguarding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "safeguarding")
@SecurityRequirement(name = HavenApi.BEARER)
@RolesAllowed({Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL, Role.Names.DISTRICT_LEAD})
public class SafeguardingResource {

    @Inject
    SafeguardingQueries queries;

    @Inject
    RiskAssessments risk;

    @Inject
    UrgentDecisions urgent;

    @Inject
    SupportPlans support;

    @PathParam("caseId")
    long caseId;

    @GET
    @Operation(summary = "The case's risk level and assessments, awaited and recorded urgent decisions, referrals,"
            + " support plan")
    public SafeguardingViews.Overview overview() {
        return queries.overview(caseId);
    }

    @POST
    @Path("/risk-assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records a risk assessment; its level and reasons become the case's, and an urgent level"
            + " takes the urgent path (head and district lead told, a decision required)")
    public Response assess(SafeguardingDtos.Assessment body) {
        SafeguardingDtos.Assessment a = required(body);
        RiskAnswers answers = new RiskAnswers(yes(a.immediateDanger()), yes(a.selfHarm()), yes(a.threats()),
                yes(a.locationShared()), yes(a.blackmail()), yes(a.intimateImages()),
                parse(a.duration(), RiskDuration.class, "duration"),
                parse(a.frequency(), RiskFrequency.class, "frequency"), yes(a.vulnerable()), yes(a.isolated()));
        long id = risk.assess(caseId, answers, a.note(), a.loweringReason()).id();
        return Response.status(201).entity(queries.overview(caseId).latest()).header("X-Assessment-Id", id).build();
    }

    @POST
    @Path("/urgent-decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records the urgent decision an escalation awaits: who was called, when, the result")
    public Response decide(SafeguardingDtos.UrgentDecision body) {
        SafeguardingDtos.UrgentDecision d = required(body);
        if (d.escalationId() == null) {
            throw org.haven.platform.errors.Invalid.of("escalationId", "case.decision.notAwaited");
        }
        long id = urgent.record(caseId, d.escalationId(), ApiEnums.parseAll(d.called(), CalledParty.class, "called"),
                d.calledAt(), d.result()).id();
        return Response.status(201).entity(new SafeguardingDtos.Created(id)).build();
    }

    @PUT
    @Path("/trusted-adult")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Names the pupil's trusted adult")
    public Response trustedAdult(SafeguardingDtos.TrustedAdult body) {
        SafeguardingDtos.TrustedAdult t = required(body);
        support.nameTrustedAdult(caseId, t.name(), t.role());
        return Response.noContent().build();
    }

    @POST
    @Path("/supports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a support offered or arranged (school psychologist, nurse, outside service ...)")
    public Response addSupport(SafeguardingDtos.Support body) {
        SafeguardingDtos.Support s = required(body);
        long id = support.addSupport(caseId, parse(s.kind(), SupportKind.class, "kind"), s.provider(),
                parse(s.status(), SupportStatus.class, "status"), s.note()).id();
        return Response.status(201).entity(new SafeguardingDtos.Created(id)).build();
    }

    @POST
    @Path("/supports/{supportId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes where a support stands")
    public Response changeSupport(@PathParam("supportId") long supportId, SafeguardingDtos.SupportChange body) {
        SafeguardingDtos.SupportChange s = required(body);
        support.changeSupport(caseId, supportId, parse(s.status(), SupportStatus.class, "status"), s.note());
        return Response.noContent().build();
    }

    @POST
    @Path("/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plans a check-in with the pupil (a follow-up task of the case)")
    public Response checkIn(SafeguardingDtos.CheckIn body) {
        SafeguardingDtos.CheckIn c = required(body);
        support.planCheckIn(caseId, c.on(), c.label());
        return Response.noContent().build();
    }
}
