package org.haven.insight.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.insight.application.InsightFigures;
import org.haven.insight.application.InsightQuery;
import org.haven.insight.domain.Figure;
import org.haven.platform.api.HavenApi;
import org.haven.platform.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Statistics for district leads (the district) and heads of school and referents (their schools), always after
 * small-number suppression. Answers JSON, or CSV with {@code format=csv} (the same rows, the same suppression).
 */
@Path("/v1/insight")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "insight")
@RolesAllowed({Role.Names.DISTRICT_LEAD, Role.Names.HEAD_OF_SCHOOL, Role.Names.REFERENT})
@SecurityRequirement(name = HavenApi.BEARER)
public class InsightResource {

    /** The breakdowns of the figures summed from the counters. */
    private static final String BY = "category (default), school, month, delay; channel (cases, reports); urgent, "
            + "anonymous, witness (reports); timeliness (steps)";

    @Inject
    InsightFigures figures;

    @Inject
    Clock clock;

    @GET
    @Path("/cases")
    @Operation(summary = "Cases opened in a period: {from, to, threshold, rows: [{key, count, suppressed}], total}; "
            + "by delay: cases opened from a report, by the time from the report to the opening (Primero's buckets). "
            + "Counts from 1 to threshold-1 and the cells that would give them away are null and suppressed")
    public Response cases(@QueryParam("by") @Parameter(description = BY) String by, @BeanParam PeriodParams period,
            @BeanParam FigureParams filters) {
        return answer(Figure.CASES, by, period, filters);
    }

    @GET
    @Path("/reports")
    @Operation(summary = "Confidential reports received in a period, as /insight/cases; by delay: first staff "
            + "actions (a reply or the case's opening) by the time since the report; by urgent, anonymous, witness: "
            + "the shares YES/NO")
    public Response reports(@QueryParam("by") @Parameter(description = BY) String by,
                          @BeanParam PeriodParams period, @BeanParam FigureParams filters) {
        return answer(Figure.REPORTS, by, period, filters);
    }

    @GET
    @Path("/reopened")
    @Operation(summary = "Cases reopened after closure (recurrence) in a period, as /insight/cases")
    public Response reopened(@QueryParam("by") @Parameter(description = BY) String by,
                          @BeanParam PeriodParams period, @BeanParam FigureParams filters) {
        return answer(Figure.REOPENED, by, period, filters);
    }

    @GET
    @Path("/steps")
    @Operation(summary = "Protocol steps finished (done or skipped) in a period, as /insight/cases; by timeliness: ON_TIME or LATE (after their due date)")
    public Response steps(@QueryParam("by") @Parameter(description = BY) String by,
                          @BeanParam PeriodParams period, @BeanParam FigureParams filters) {
        return answer(Figure.STEPS, by, period, filters);
    }

    @GET
    @Path("/escalations")
    @Operation(summary = "Escalations fired on cases in a period (protocol rules and urgent decisions asked), as /insight/cases")
    public Response escalations(@QueryParam("by") @Parameter(description = BY) String by,
                          @BeanParam PeriodParams period, @BeanParam FigureParams filters) {
        return answer(Figure.ESCALATIONS, by, period, filters);
    }

    @GET
    @Path("/overdue-steps")
    @Operation(summary = "Protocol steps of open cases past their due date now, as /insight/cases (from and to are "
            + "today); by school, step (the protocol's step id) or category")
    public Response overdueSteps(
            @QueryParam("by") @Parameter(description = "category (default), school, step") String by,
            @BeanParam FigureParams filters) {
        return answer(Figure.OVERDUE_STEPS, by, new PeriodParams(), filters);
    }

    @GET
    @Path("/referrals")
    @Operation(summary = "Referrals to outside bodies made in a period (drafts left out), as /insight/cases; by kind "
            + "(CHILD_PROTECTION, POLICE ...) or outcome (where each stands now: SENT, ACCEPTED, REJECTED, DONE ...)")
    public Response referrals(
            @QueryParam("by") @Parameter(description = "category (default), kind, outcome, school, month") String by,
            @BeanParam PeriodParams period, @BeanParam FigureParams filters) {
        return answer(Figure.REFERRALS, by, period, filters);
    }

    @GET
    @Path("/takedowns")
    @Operation(summary = "Takedown requests sent to platforms in a period, as /insight/cases; by delay: the time the "
            + "platform took to answer, in Primero's buckets, or UNANSWERED; by outcome: where each stands now")
    public Response takedowns(
            @QueryParam("by") @Parameter(description = "category (default), delay, outcome, kind, school, month")
            String by, @BeanParam PeriodParams period, @BeanParam FigureParams filters) {
        return answer(Figure.TAKEDOWNS, by, period, filters);
    }

    @GET
    @Path("/training")
    @Operation(summary = "Staff trainings assigned (one person, one module), by standing today: TRAINED, LATE, "
            + "IN_PROGRESS, NOT_STARTED, as /insight/cases (from and to are today); by school or role the keys are "
            + "CODE/STATUS and ROLE/STATUS")
    public Response training(
            @QueryParam("by") @Parameter(description = "status (default), school, role") String by,
            @QueryParam("school") @Parameter(description = "A school's code: only that school (404 when it is not "
                    + "one of the reader's)") String school,
            @QueryParam("level") @Parameter(description = "PRIMARY, COLLEGE or LYCEE") String level,
            @QueryParam("format") @Parameter(description = "csv for text/csv, JSON otherwise") String format) {
        InsightQuery q = InsightQuery.parse(Figure.TRAINING, by, null, null, school, level, null, today());
        return FigureResponse.of(figures.figure(q), format);
    }

    @GET
    @Path("/repeat-authors")
    @Operation(summary = "Alleged authors named in two cases or more of the reader's scope, among cases opened in "
            + "the period: {from, to, threshold, count, suppressed}; never a name; count null and suppressed true "
            + "from 1 to threshold-1")
    public Response repeatAuthors(@BeanParam PeriodParams period,
            @QueryParam("school") @Parameter(description = "A school's code (404 when it is not one of the reader's)")
            String school,
            @QueryParam("level") @Parameter(description = "PRIMARY, COLLEGE or LYCEE") String level) {
        InsightQuery q = InsightQuery.parse(Figure.CASES, null, period.from, period.to, school, level, null, today());
        return Response.ok(FigureJson.of(figures.repeatAuthors(q)).toString(), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    private Response answer(Figure figure, String by, PeriodParams period, FigureParams filters) {
        InsightQuery q = InsightQuery.parse(figure, by, period.from, period.to, filters.school, filters.level,
                filters.category, today());
        return FigureResponse.of(figures.figure(q), filters.format);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
