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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.cases.application.CaseClosing;
import org.haven.cases.application.CaseOpening;
import org.haven.cases.application.CaseQueries;
import org.haven.cases.application.CaseViews;
import org.haven.cases.application.CaseWork;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseFilter;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.RiskLevel;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.api.HavenApi;
import org.haven.platform.api.RequestLocale;
import org.haven.platform.errors.Invalid;
import org.haven.platform.security.Role;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cases (ARCHITECTURE.md section 4): the dashboard in keyset pages, one case, its timeline, and the protocol
 * actions. A case outside the caller's scope is 404, as if it did not exist.
 */
@Path("/v1/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cases")
@SecurityRequirement(name = HavenApi.BEARER)
@RolesAllowed({Role.Names.TEACHER, Role.Names.STAFF, Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL,
        Role.Names.DISTRICT_LEAD})
public class CasesResource {

    @Inject
    CaseQueries queries;

    @Inject
    CaseOpening opening;

    @Inject
    CaseWork work;

    @Inject
    CaseClosing closing;

    @Inject
    SchoolAdministration schools;

    @Inject
    org.haven.cases.application.RepeatAuthors repeatAuthors;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The caller's cases: urgent and overdue first, then by due date; keyset paging with after")
    public CaseViews.Page list(@QueryParam("status") String status, @QueryParam("category") String category,
                               @QueryParam("risk") String risk, @QueryParam("step") String step,
                               @QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("q") String search, @QueryParam("school") String school,
                               @QueryParam("after") String after, @QueryParam("size") Integer size) {
        Long schoolId = school == null || school.isBlank() ? null
                : schools.byCode(school).map(SchoolView::id).orElse(-1L);
        CaseFilter filter = new CaseFilter(parse(status, CaseStatus.class, "status"), blank(category),
                parse(risk, RiskLevel.class, "risk"), blank(step), date(from, "from"), date(to, "to"),
                blank(search), schoolId);
        return queries.page(filter, after, size == null ? 50 : size, locale());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case: parties, protocol steps with their forms, escalations, follow-ups")
    public CaseViews.Detail get(@PathParam("id") long id) {
        return queries.view(id, locale());
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "Every event of the case in time order; kind filters (repeatable)")
    public List<CaseViews.Event> timeline(@PathParam("id") long id, @QueryParam("kind") List<String> kinds) {
        Set<EventKind> wanted = EnumSet.noneOf(EventKind.class);
        for (String k : kinds == null ? List.<String>of() : kinds) {
            wanted.add(parse(k, EventKind.class, "kind"));
        }
        return queries.timeline(id, wanted, locale());
    }

    @GET
    @Path("/{id}/repeat-authors")
    @Operation(summary = "The case's alleged authors who appear in other cases the caller may see (issue 20)")
    public List<org.haven.cases.application.RepeatAuthors.Flag> repeatAuthors(@PathParam("id") long id) {
        return repeatAuthors.of(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Files an incident seen or heard by staff; opens its case")
    public Response file(CaseDtos.NewIncident body) {
        if (body == null) {
            throw Invalid.of("body", "problem.bodyRequired");
        }
        Long schoolId = body.schoolCode() == null ? null
                : schools.byCode(body.schoolCode()).map(SchoolView::id).orElse(null);
        return opened(opening.fileIncident(body.toForm(schoolId)));
    }

    @POST
    @Path("/from-report/{reportId}")
    @RolesAllowed({Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL})
    @Operation(summary = "Turns a confidential report of the caller's school into a case (or gives its case)")
    public Response fromReport(@PathParam("reportId") long reportId) {
        return opened(opening.openFromReport(reportId));
    }

    @POST
    @Path("/{id}/steps/{step}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Completes a due step with its form's values and a note")
    public Response complete(@PathParam("id") long id, @PathParam("step") String step, CaseDtos.StepRecord body) {
        work.completeStep(id, step, body == null ? null : body.values(), body == null ? null : body.note());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/steps/{step}/skip")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Skips a due step that the protocol lets skip, with a reason")
    public Response skip(@PathParam("id") long id, @PathParam("step") String step, CaseDtos.Reason body) {
        work.skipStep(id, step, body == null ? null : body.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/escalations/{escalation}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records the decision an escalation asked for: who was called, when, the result")
    public Response decide(@PathParam("id") long id, @PathParam("escalation") long escalation,
                           CaseDtos.Decision body) {
        work.recordDecision(id, escalation, body == null ? null : body.decision());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Closes the case (head of school) once the protocol's closing conditions are met")
    public Response close(@PathParam("id") long id, CaseDtos.Closing body) {
        closing.close(id, body == null ? null : body.summary());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopens a closed case when harassment recurs, keeping its history")
    public Response reopen(@PathParam("id") long id, CaseDtos.Reason body) {
        closing.reopen(id, body == null ? null : body.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/follow-ups/{followUp}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records a follow-up check-in with the pupil")
    public Response followUp(@PathParam("id") long id, @PathParam("followUp") long followUp, CaseDtos.Note body) {
        closing.recordFollowUp(id, followUp, body == null ? null : body.note());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/parties")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a person involved: a pupil of the roster or a name, with their part")
    public Response addParty(@PathParam("id") long id, CaseDtos.Party body) {
        if (body == null) {
            throw Invalid.of("body", "problem.bodyRequired");
        }
        work.addParty(id, body.toInput());
        return Response.noContent().build();
    }

    private static Response opened(CaseFile c) {
        return Response.status(201).entity(new CaseDtos.Opened(c.id(), c.number())).build();
    }

    private Locale locale() {
        return RequestLocale.of(headers);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <E extends Enum<E>> E parse(String text, Class<E> type, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Invalid.of(field, "case.filter.invalid");
        }
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 1900 || date.getYear() > 9999) {
                throw Invalid.of(field, "case.filter.date");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw Invalid.of(field, "case.filter.date");
        }
    }
}
