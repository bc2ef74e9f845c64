package org.haven.surveys.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.platform.api.HavenApi;
import org.haven.platform.api.Problems;
import org.haven.platform.api.RequestLocale;
import org.haven.platform.security.ClientKey;
import org.haven.platform.security.Role;
import org.haven.surveys.application.PupilSurveys;
import org.haven.surveys.application.SurveyCampaigns;
import org.haven.surveys.application.SurveyLimits;
import org.haven.surveys.application.SurveyResults;
import org.haven.surveys.application.SurveyViews;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Pupil surveys: the questionnaire behind a class's access code and its answers (public, no account; the code in
 * the path is a class's, not a secret of one pupil), and the campaigns of the caller's schools for heads, referents
 * and the district lead. Wrong codes are rate limited per client; over the limit every code gets 429.
 */
@Path("/v1/surveys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "surveys")
public class SurveysResource {

    @Inject
    PupilSurveys pupils;

    @Inject
    SurveyCampaigns campaigns;

    @Inject
    SurveyResults results;

    @Inject
    SurveyLimits limits;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @GET
    @Path("/campaigns")
    @RolesAllowed({Role.Names.HEAD_OF_SCHOOL, Role.Names.REFERENT, Role.Names.DISTRICT_LEAD})
    @SecurityRequirement(name = HavenApi.BEARER)
    @Operation(summary = "The campaigns of the caller's schools (every school for the district lead), latest first")
    public List<SurveyDtos.Campaign> list() {
        return campaigns.visible().stream().map(SurveysResource::dto).toList();
    }

    @POST
    @Path("/campaigns")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.HEAD_OF_SCHOOL, Role.Names.REFERENT})
    @SecurityRequirement(name = HavenApi.BEARER)
    @Operation(summary = "Opens a campaign in one of the caller's schools: a questionnaire, dates, classes or levels "
            + "(each gets its access code)")
    public Response open(SurveyDtos.NewCampaign body) {
        if (body == null) {
            return Problems.response(400, "problem.bodyRequired", RequestLocale.of(headers));
        }
        SurveyViews.CampaignView c = campaigns.open(new SurveyCampaigns.NewCampaign(body.schoolId(), body.surveyId(),
                body.title(), body.opensOn(), body.closesOn(), body.groups()));
        return Response.status(201).entity(dto(c)).build();
    }

    @GET
    @Path("/campaigns/{id}/results")
    @RolesAllowed({Role.Names.HEAD_OF_SCHOOL, Role.Names.REFERENT, Role.Names.DISTRICT_LEAD})
    @SecurityRequirement(name = HavenApi.BEARER)
    @Operation(summary = "A campaign's results per question and class, with the previous campaign's; every count "
            + "under 5 is suppressed (null)")
    public SurveyResults.Results results(@PathParam("id") long id) {
        return results.of(id, RequestLocale.of(headers)).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("/{accessCode}")
    @PermitAll
    @Operation(summary = "The questionnaire behind a class's access code, in the language of Accept-Language")
    public Response questionnaire(@PathParam("accessCode") String accessCode) {
        Locale locale = RequestLocale.of(headers);
        String client = ClientKey.of(request);
        if (!limits.mayTryCode(client)) {
            return tooMany(locale);
        }
        return Response.ok(pupils.questionnaire(accessCode, client, locale)).build();
    }

    @POST
    @Path("/{accessCode}/answers")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stores a pupil's anonymous answers, once per browser; with wantsContact, a confidential "
            + "report is made and its receipt (shown once) and help lines are answered")
    public Response answer(@PathParam("accessCode") String accessCode, SurveyDtos.Answers body) {
        Locale locale = RequestLocale.of(headers);
        String client = ClientKey.of(request);
        if (!limits.mayTryCode(client)) {
            return tooMany(locale);
        }
        if (body == null) {
            return Problems.response(400, "problem.bodyRequired", locale);
        }
        Map<String, String> cookies = headers.getCookies().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getValue()));
        SurveyViews.Answered a = pupils.answer(accessCode, new PupilSurveys.AnswerForm(body.answers(),
                body.wantsContact(), body.message(), body.shareAnswers()), cookies, client, locale);
        NewCookie mark = new NewCookie.Builder(a.mark().name()).value(a.mark().value()).path("/")
                .maxAge((int) Math.min(Integer.MAX_VALUE, a.mark().maxAgeSeconds())).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.status(201).cookie(mark)
                .entity(new SurveyDtos.Answered(a.receipt(), a.urgent(), a.danger(), a.helpLines())).build();
    }

    private static Response tooMany(Locale locale) {
        return Response.fromResponse(Problems.response(429, "survey.code.tooMany", locale))
                .header("Retry-After", 600).build();
    }

    private static SurveyDtos.Campaign dto(SurveyViews.CampaignView c) {
        return new SurveyDtos.Campaign(c.id(), c.schoolId(), c.schoolName(), c.surveyId(), c.title(), c.opensOn(),
                c.closesOn(), c.state(), c.responses(), c.groups().stream()
                .map(g -> new SurveyDtos.Group(g.label(), g.accessCode(), g.responses())).toList());
    }
}
