package org.haven.surveys.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.platform.config.DistrictZone;
import org.haven.platform.errors.Conflict;
import org.haven.platform.errors.Gone;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.surveys.domain.AccessCode;
import org.haven.surveys.domain.SurveyCampaign;
import org.haven.surveys.domain.SurveyDefinition;
import org.haven.surveys.domain.SurveyGroup;
import org.haven.surveys.domain.SurveyRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A pupil's way in: the class behind a typed access code and its campaign, open today in the district's zone.
 * Every wrong code counts against the client (see {@link SurveyLimits}).
 */
@ApplicationScoped
public class SurveyAccess {

    /** A class's questionnaire open to answers. */
    record OpenSurvey(SurveyGroup group, SurveyCampaign campaign, SurveyDefinition survey, AccessCode code) {
    }

    @Inject
    SurveyRepository surveys;

    @Inject
    SurveyCatalog catalog;

    @Inject
    SurveyLimits limits;

    @Inject
    Clock clock;

    @Inject
    DistrictZone districtZone;

    /** The campaign open behind a typed code; a wrong, closed or future code is a field error (404, 410, 409). */
    OpenSurvey open(String typedCode, String client) {
        AccessCode code = AccessCode.parse(typedCode);
        SurveyGroup group = code == null ? null : surveys.groupByCode(code.value()).orElse(null);
        if (group == null) {
            limits.wrongCode(client);
            throw new NotFound(List.of(new FieldError("accessCode", "survey.code.unknown")));
        }
        SurveyCampaign campaign = surveys.campaign(group.campaignId()).orElseThrow();
        switch (campaign.state(today())) {
            case NOT_YET_OPEN -> throw new Conflict(List.of(new FieldError("accessCode",
                    "survey.code.notYet", campaign.opensOn().toString())));
            case CLOSED -> throw new Gone(List.of(new FieldError("accessCode",
                    "survey.code.closed")));
            case OPEN -> {
                // answered below
            }
        }
        return new OpenSurvey(group, campaign, catalog.of(campaign), code);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(districtZone.zone()));
    }
}
