package org.haven.surveys.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.surveys.domain.AccessCode;
import org.haven.surveys.domain.SurveyAnswer;
import org.haven.surveys.domain.SurveyCampaign;
import org.haven.surveys.domain.SurveyGroup;
import org.haven.surveys.domain.SurveyRepository;
import org.haven.surveys.domain.SurveyResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The demo district's surveys (first start only): at the Collège, an open campaign for the class 4e B with a fixed
 * code (HAVE-N4BC, printed in docs/surveys.md) and, for the comparison, last spring's closed campaign with twelve
 * made-up responses.
 */
@ApplicationScoped
public class DemoSurveys {

    public static final String OPEN_CODE = "HAVEN4BC";
    static final String SCHOOL = "DEMO-COLLEGE";
    static final String SURVEY = "pupils-secondary";

    @Inject
    SurveyRepository surveys;

    @Inject
    SurveyCatalog catalog;

    @Inject
    SchoolAdministration schools;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Returns the codes made, none when the demo already has its campaign. */
    @Transactional
    public List<String> loadIfAbsent() {
        Optional<SchoolView> school = schools.byCode(SCHOOL);
        Optional<SurveyCatalog.Shipped> survey = catalog.shipped(SURVEY);
        if (school.isEmpty() || survey.isEmpty() || surveys.codeTaken(OPEN_CODE)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        SurveyCampaign spring = surveys.add(new SurveyCampaign(school.get().id(), survey.get().definition(),
                survey.get().source(), "Climat scolaire – printemps", today.minusDays(200), today.minusDays(186),
                null, clock.instant()));
        SurveyGroup springGroup = surveys.add(new SurveyGroup(spring.id(), "5e B", AccessCode.generate()));
        String[] insulted = {"never", "never", "never", "never", "never", "once", "once", "once", "monthly",
                "weekly", "never", "once"};
        for (int i = 0; i < insulted.length; i++) {
            SurveyResponse r = surveys.add(new SurveyResponse(spring.id(), springGroup.id(), spring.opensOn()));
            surveys.add(new SurveyAnswer(r.id(), 0, "feel-school", String.valueOf(2 + i % 4), null));
            surveys.add(new SurveyAnswer(r.id(), 1, "insulted", insulted[i], null));
        }
        SurveyCampaign autumn = surveys.add(new SurveyCampaign(school.get().id(), survey.get().definition(),
                survey.get().source(), "Climat scolaire – automne", today.minusDays(3), today.plusDays(60), null,
                clock.instant()));
        surveys.add(new SurveyGroup(autumn.id(), "4e B", new AccessCode(OPEN_CODE)));
        audit.record(Actor.SYSTEM.did("SURVEY_CAMPAIGN_OPENED", "survey_campaign", autumn.id(), autumn.schoolId(),
                "demo"));
        return List.of(new AccessCode(OPEN_CODE).formatted());
    }
}
