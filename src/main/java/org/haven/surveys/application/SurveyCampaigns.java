package org.haven.surveys.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.config.DistrictZone;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.Role;
import org.haven.surveys.domain.AccessCode;
import org.haven.surveys.domain.SurveyCampaign;
import org.haven.surveys.domain.SurveyGroup;
import org.haven.surveys.domain.SurveyRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Campaigns as staff see them: a head of school or referent opens one for their school (chosen classes or levels,
 * dates), each class getting its access code; heads and referents see their schools' campaigns, the district lead
 * every school's. Scope is taken from the signed-in account, never from the request; a campaign out of scope is
 * "not found".
 */
@ApplicationScoped
public class SurveyCampaigns {

    static final String[] OPENERS = {Role.Names.HEAD_OF_SCHOOL, Role.Names.REFERENT};

    @Inject
    SurveyRepository surveys;

    @Inject
    SurveyCatalog catalog;

    @Inject
    SchoolAdministration schools;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    DistrictZone districtZone;

    /** A campaign to open, every value as typed (the page and the API give one). */
    public record NewCampaign(Long schoolId, String surveyId, String title, String opensOn, String closesOn,
                              List<String> groups) {
    }

    /** The campaigns the signed-in account may see, the latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SurveyViews.CampaignView> visible() {
        HavenPrincipal p = actor.require();
        List<SurveyCampaign> found = p.hasRole(Role.Names.DISTRICT_LEAD) ? surveys.campaignsOf(null)
                : surveys.campaignsOf(p.schoolsWhere(OPENERS));
        return found.stream().map(this::view).toList();
    }

    /** One campaign in scope, with its codes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SurveyViews.CampaignView> find(long id) {
        return inScope(id).map(this::view);
    }

    /** The campaign if the signed-in account may see it. */
    Optional<SurveyCampaign> inScope(long id) {
        HavenPrincipal p = actor.require();
        return surveys.campaign(id).filter(c -> p.hasRole(Role.Names.DISTRICT_LEAD)
                || p.schoolsWhere(OPENERS).contains(c.schoolId()));
    }

    /** The schools where the signed-in account may open a campaign. */
    public List<SchoolView> schoolsForOpening() {
        Set<Long> ids = actor.require().schoolsWhere(OPENERS);
        return ids.stream().map(schools::byId).flatMap(Optional::stream).filter(SchoolView::active)
                .sorted(Comparator.comparing(SchoolView::name)).toList();
    }

    @Transactional
    public SurveyViews.CampaignView open(NewCampaign form) {
        HavenPrincipal p = actor.require();
        List<FieldError> errors = new ArrayList<>();
        Optional<SchoolView> school = form.schoolId() == null ? Optional.empty()
                : schools.byId(form.schoolId()).filter(s -> p.schoolsWhere(OPENERS).contains(s.id()));
        if (school.isEmpty()) {
            errors.add(new FieldError("schoolId", "survey.campaign.school"));
        }
        Optional<SurveyCatalog.Shipped> survey = catalog.shipped(form.surveyId());
        if (survey.isEmpty()) {
            errors.add(new FieldError("surveyId", "survey.campaign.survey"));
        } else if (school.isPresent() && !survey.get().definition().levels().contains(school.get().level())) {
            errors.add(new FieldError("surveyId", "survey.campaign.level"));
        }
        LocalDate today = LocalDate.now(clock.withZone(districtZone.zone()));
        CampaignRules.Checked checked = CampaignRules.check(form, today, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        SurveyCampaign c = surveys.add(new SurveyCampaign(school.get().id(), survey.get().definition(),
                survey.get().source(), checked.title(), checked.opens(), checked.closes(), p.accountId(),
                clock.instant()));
        for (String label : checked.groups()) {
            surveys.add(new SurveyGroup(c.id(), label, freshCode()));
        }
        audit.record(actor.get().did("SURVEY_CAMPAIGN_OPENED", "survey_campaign", c.id(), c.schoolId(),
                c.surveyId() + " v" + c.surveyVersion() + ", " + checked.groups().size() + " group(s)"));
        return view(c);
    }

    private AccessCode freshCode() {
        for (int i = 0; i < 10; i++) {
            AccessCode code = AccessCode.generate();
            if (!surveys.codeTaken(code.value())) {
                return code;
            }
        }
        throw new IllegalStateException("No free access code after 10 draws");
    }

    SurveyViews.CampaignView view(SurveyCampaign c) {
        Map<Long, Long> counts = surveys.responsesPerGroup(c.id()).stream()
                .collect(Collectors.toMap(SurveyRepository.AnswerCount::groupId, SurveyRepository.AnswerCount::count));
        List<SurveyViews.GroupView> groups = surveys.groups(c.id()).stream()
                .map(g -> new SurveyViews.GroupView(g.id(), g.label(), new AccessCode(g.accessCode()).formatted(),
                        counts.getOrDefault(g.id(), 0L)))
                .toList();
        String schoolName = schools.byId(c.schoolId()).map(SchoolView::name).orElse("");
        LocalDate today = LocalDate.now(clock.withZone(districtZone.zone()));
        return new SurveyViews.CampaignView(c.id(), c.schoolId(), schoolName, c.surveyId(), c.title(), c.opensOn(),
                c.closesOn(), c.state(today).name(), groups,
                groups.stream().mapToLong(SurveyViews.GroupView::responses).sum());
    }
}
