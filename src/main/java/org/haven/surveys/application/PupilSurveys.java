package org.haven.surveys.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.helplines.application.HelpLine;
import org.haven.platform.errors.Conflict;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.platform.errors.TooMany;
import org.haven.reporting.application.AbuseLimits;
import org.haven.reporting.application.ReportSubmission;
import org.haven.reporting.application.Submitted;
import org.haven.reporting.domain.ReportForm;
import org.haven.surveys.application.SurveyAccess.OpenSurvey;
import org.haven.surveys.domain.AccessCode;
import org.haven.surveys.domain.AnswerRules;
import org.haven.surveys.domain.GivenAnswer;
import org.haven.surveys.domain.SurveyAnswer;
import org.haven.surveys.domain.SurveyRepository;
import org.haven.surveys.domain.SurveyResponse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pupil's side of a survey, without an account: the questionnaire behind an access code, and the answers, stored
 * without identity, address, device or time of day. A pupil who asks to be contacted gets a confidential report made
 * by reporting's own submission, in the same transaction: answers and report are stored together or not at all.
 */
@ApplicationScoped
public class PupilSurveys {

    /** The audit actor of a pupil answering: nobody in particular. */
    static final Actor PUPIL = new Actor(null, "survey-pupil", null);

    @Inject
    SurveyRepository surveys;

    @Inject
    SurveyAccess access;

    @Inject
    SurveyDevices devices;

    @Inject
    SchoolAdministration schools;

    @Inject
    ReportSubmission submission;

    @Inject
    AbuseLimits reportLimits;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What a pupil sends: answers by question id, whether they want an adult to contact them, their words. */
    public record AnswerForm(Map<String, ?> answers, Boolean wantsContact, String message, Boolean shareAnswers) {
    }

    /** The questionnaire in the asked language; a wrong, closed or future code is a field error (404, 410, 409). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyViews.Questionnaire questionnaire(String typedCode, String client, Locale locale) {
        OpenSurvey o = access.open(typedCode, client);
        return QuestionnaireViews.of(o.survey(), o.campaign(), o.code(), locale,
                submission.helpLines(QuestionnaireViews.dangerTags(o.survey()), locale));
    }

    /** Whether this browser's cookies say it already answered the campaign of this code (false for a wrong code). */
    public boolean alreadyAnswered(String typedCode, Map<String, String> cookies) {
        AccessCode code = AccessCode.parse(typedCode);
        return code != null && surveys.groupByCode(code.value())
                .map(g -> devices.answered(g.campaignId(), cookies)).orElse(false);
    }

    /**
     * Stores one pupil's answers (and their contact request as a report). Every problem is reported at once and
     * nothing is stored when there is one.
     */
    @Transactional
    public SurveyViews.Answered answer(String typedCode, AnswerForm form, Map<String, String> cookies, String client,
                                       Locale locale) {
        OpenSurvey o = access.open(typedCode, client);
        if (devices.answered(o.campaign().id(), cookies)) {
            throw new Conflict(List.of(new FieldError("accessCode", "survey.alreadyAnswered")));
        }
        AnswerRules.Checked checked = AnswerRules.check(o.survey(), form == null ? null : form.answers());
        boolean wantsContact = form != null && Boolean.TRUE.equals(form.wantsContact());
        List<FieldError> errors = new ArrayList<>(checked.errors());
        errors.addAll(AnswerRules.checkContact(wantsContact, form == null ? null : form.message()));
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        ReportForm report = null;
        AbuseLimits.Admission admission = AbuseLimits.Admission.ADMITTED;
        if (wantsContact) {
            SchoolView school = schools.byId(o.campaign().schoolId()).orElseThrow();
            report = ContactReport.form(school.code(), form.message().strip(), checked, o.survey(),
                    Boolean.TRUE.equals(form.shareAnswers()), locale);
            admission = reportLimits.admit(client, null, report);
            if (!admission.admitted()) {
                throw new TooMany(List.of(new FieldError("message", "report.tooMany")));
            }
        }
        store(o, checked.answers());
        Submitted submitted = null;
        if (report != null) {
            submitted = submission.submitFromSurvey(report, locale,
                    admission == AbuseLimits.Admission.ADMITTED_OVER_LIMIT);
            reportLimits.reported(client, null);
        }
        boolean danger = !checked.danger().isEmpty();
        List<HelpLine> helpLines = submitted != null ? submitted.helpLines()
                : danger ? submission.helpLines(checked.danger(), locale) : List.of();
        return new SurveyViews.Answered(submitted == null ? null : submitted.receipt(),
                submitted != null && submitted.urgent(), danger, helpLines,
                devices.markFor(o.campaign().id(), o.campaign().closesOn(), clock));
    }

    private void store(OpenSurvey o, List<GivenAnswer> answers) {
        SurveyResponse response = surveys.add(new SurveyResponse(o.campaign().id(), o.group().id(), access.today()));
        int position = 0;
        for (GivenAnswer a : answers) {
            if (a.text() != null) {
                surveys.add(new SurveyAnswer(response.id(), position++, a.questionId(), null, a.text()));
            }
            for (String v : a.values()) {
                surveys.add(new SurveyAnswer(response.id(), position++, a.questionId(), v, null));
            }
        }
        // The campaign, not the response: an entry naming the response would tie it to a report of the same moment.
        audit.record(PUPIL.did("SURVEY_ANSWERED", "survey_campaign", o.campaign().id(), o.campaign().schoolId(),
                answers.size() + " answer(s)"));
    }
}
