package org.haven.surveys.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.haven.platform.errors.Refusal;
import org.haven.platform.security.ClientKey;
import org.haven.platform.web.FacesMessages;
import org.haven.surveys.application.PupilSurveys;
import org.haven.surveys.application.SurveyLimits;
import org.haven.surveys.application.SurveyViews;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The pupil's /survey page, on a phone, without an account: the class's code (typed, or from the QR code's link),
 * the questions as plain inputs (skips and the help lines of danger answers work with JavaScript and without),
 * the contact request, then the thanks with the receipt and help lines. The answers given are kept in
 * {@link PupilAnswers}, the contact request in {@link ContactChoice}.
 */
@Named("surveyPage")
@ViewScoped
public class SurveyPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PupilSurveys pupils;

    @Inject
    transient SurveyLimits limits;

    private String code;
    private SurveyViews.Questionnaire questionnaire;
    private SurveyViews.Answered answered;
    private transient String receiptOnce;
    private boolean alreadyAnswered;
    private final PupilAnswers answers = new PupilAnswers();
    private final ContactChoice contact = new ContactChoice();

    /** ?code=... (the QR code's link) opens the questionnaire at once. */
    public void load() {
        if (questionnaire == null && answered == null && code != null && !code.isBlank()) {
            start();
        }
    }

    public String start() {
        answers.clearErrors();
        FacesContext faces = FacesContext.getCurrentInstance();
        String client = ClientKey.of((HttpServletRequest) faces.getExternalContext().getRequest());
        if (!limits.mayTryCode(client)) {
            FacesMessages.error("code-form:code", "survey.code.tooMany");
            return null;
        }
        try {
            questionnaire = pupils.questionnaire(code, client, locale(faces));
            alreadyAnswered = pupils.alreadyAnswered(code, SurveyCookies.of(faces.getExternalContext()));
        } catch (Refusal e) {
            e.errors().forEach(f -> FacesMessages.error("code-form:code", f.key(), f.args()));
            faces.validationFailed();
            questionnaire = null;
        }
        return null;
    }

    public String send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        answers.clearErrors();
        answers.read(faces.getExternalContext().getRequestParameterValuesMap(), questionnaire.questions());
        String client = ClientKey.of((HttpServletRequest) faces.getExternalContext().getRequest());
        if (!limits.mayTryCode(client)) {
            FacesMessages.error(null, "survey.code.tooMany");
            return null;
        }
        try {
            SurveyViews.Answered a = pupils.answer(code, new PupilSurveys.AnswerForm(
                    answers.toSend(questionnaire.questions()), contact.isWantsContact(), contact.messageToSend(),
                    contact.isShareAnswers()),
                    SurveyCookies.of(faces.getExternalContext()), client, locale(faces));
            SurveyCookies.mark(faces.getExternalContext(), a.mark());
            receiptOnce = a.receipt();
            answered = new SurveyViews.Answered(null, a.urgent(), a.danger(), a.helpLines(), a.mark());
            answers.clear();
            contact.forgetMessage();
        } catch (Refusal e) {
            answers.refused(e, locale(faces)).forEach(f -> FacesMessages.error(null, f.key(), f.args()));
            if (answers.hasErrors()) {
                FacesMessages.error(null, "survey.page.fix");
            }
            faces.validationFailed();
        }
        return null;
    }

    private static Locale locale(FacesContext faces) {
        return faces.getViewRoot().getLocale();
    }

    /** The receipt, given by this response only: read once, then forgotten. */
    public String getReceipt() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        if (receiptOnce != null) {
            request.put("surveyReceipt", receiptOnce);
            receiptOnce = null;
        }
        return (String) request.get("surveyReceipt");
    }

    public PupilAnswers getAnswers() {
        return answers;
    }

    public ContactChoice getContact() {
        return contact;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public SurveyViews.Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public SurveyViews.Answered getAnswered() {
        return answered;
    }

    public boolean isAlreadyAnswered() {
        return alreadyAnswered;
    }
}
