package org.haven.surveys.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.haven.platform.errors.InvalidInputException;
import org.haven.platform.i18n.Messages;
import org.haven.platform.security.ClientKey;
import org.haven.platform.web.FacesMessages;
import org.haven.surveys.application.PupilSurveys;
import org.haven.surveys.application.SurveyLimits;
import org.haven.surveys.application.SurveyViews;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pupil's /survey page, on a phone, without an account: the class's code (typed, or from the QR code's link),
 * the questions as plain inputs (skips and the help lines of danger answers work with JavaScript and without),
 * the contact request, then the thanks with the receipt and help lines. The answers are read from the request's
 * parameters ({@code q.<question id>}) and kept in the view only to show them again after an error.
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
    private boolean wantsContact;
    private boolean shareAnswers;
    private String message;
    private final Map<String, List<String>> given = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();

    /** ?code=... (the QR code's link) opens the questionnaire at once. */
    public void load() {
        if (questionnaire == null && answered == null && code != null && !code.isBlank()) {
            start();
        }
    }

    public String start() {
        errors.clear();
        FacesContext faces = FacesContext.getCurrentInstance();
        String client = ClientKey.of(request(faces));
        if (!limits.mayTryCode(client)) {
            FacesMessages.error("code-form:code", "survey.code.tooMany");
            return null;
        }
        try {
            questionnaire = pupils.questionnaire(code, client, locale(faces));
            alreadyAnswered = pupils.alreadyAnswered(code, cookies(faces.getExternalContext()));
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> FacesMessages.error("code-form:code", f.key(), f.args()));
            faces.validationFailed();
            questionnaire = null;
        }
        return null;
    }

    public String send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        errors.clear();
        readAnswers(faces.getExternalContext().getRequestParameterValuesMap());
        String client = ClientKey.of(request(faces));
        if (!limits.mayTryCode(client)) {
            FacesMessages.error(null, "survey.code.tooMany");
            return null;
        }
        try {
            SurveyViews.Answered a = pupils.answer(code, new PupilSurveys.AnswerForm(answersToSend(), wantsContact,
                    wantsContact ? message : (message == null || message.isBlank() ? null : message), shareAnswers),
                    cookies(faces.getExternalContext()), client, locale(faces));
            mark(faces, a.mark());
            receiptOnce = a.receipt();
            answered = new SurveyViews.Answered(null, a.urgent(), a.danger(), a.helpLines(), a.mark());
            given.clear();
            message = null;
        } catch (InvalidInputException e) {
            Locale locale = locale(faces);
            for (InvalidInputException.FieldError f : e.errors()) {
                if (f.field().startsWith("answers") || f.field().equals("message")) {
                    errors.put(f.field(), Messages.text(locale, f.key(), f.args()));
                } else {
                    FacesMessages.error(null, f.key(), f.args());
                }
            }
            if (!errors.isEmpty()) {
                FacesMessages.error(null, "survey.page.fix");
            }
            faces.validationFailed();
        }
        return null;
    }

    /** The values as the service takes them, without the questions the skips hid (a page without JavaScript). */
    private Map<String, Object> answersToSend() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (SurveyViews.QuestionView q : questionnaire.questions()) {
            List<String> v = given.getOrDefault(q.id(), List.of());
            if (v.isEmpty() || !shown(q)) {
                continue;
            }
            out.put(q.id(), q.kind().equals("multiple") ? List.copyOf(v) : v.get(0));
        }
        return out;
    }

    private boolean shown(SurveyViews.QuestionView q) {
        return q.showIf() == null || given.getOrDefault(q.showIf().question(), List.of()).stream()
                .anyMatch(q.showIf().answerIn()::contains);
    }

    private void readAnswers(Map<String, String[]> params) {
        given.clear();
        for (SurveyViews.QuestionView q : questionnaire.questions()) {
            String[] v = params.get("q." + q.id());
            if (v != null) {
                List<String> values = new ArrayList<>();
                for (String s : v) {
                    if (s != null && !s.isBlank()) {
                        values.add(s);
                    }
                }
                given.put(q.id(), values);
            }
        }
    }

    private static void mark(FacesContext faces, SurveyViews.DeviceMark mark) {
        Map<String, Object> props = new HashMap<>();
        props.put("maxAge", (int) Math.min(Integer.MAX_VALUE, mark.maxAgeSeconds()));
        props.put("path", "/");
        props.put("httpOnly", Boolean.TRUE);
        props.put("SameSite", "Strict");
        faces.getExternalContext().addResponseCookie(mark.name(), mark.value(), props);
    }

    private static Map<String, String> cookies(ExternalContext external) {
        Map<String, String> out = new HashMap<>();
        external.getRequestCookieMap().forEach((name, c) -> {
            if (c instanceof Cookie cookie) {
                out.put(name, cookie.getValue());
            }
        });
        return out;
    }

    private static HttpServletRequest request(FacesContext faces) {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    private static Locale locale(FacesContext faces) {
        return faces.getViewRoot().getLocale();
    }

    /** Whether this option was chosen (to show it again after an error). */
    public boolean chosen(String questionId, String value) {
        return given.getOrDefault(questionId, List.of()).contains(value);
    }

    public String textOf(String questionId) {
        List<String> v = given.getOrDefault(questionId, List.of());
        return v.isEmpty() ? "" : v.get(0);
    }

    public List<Integer> scale(SurveyViews.QuestionView q) {
        List<Integer> values = new ArrayList<>();
        for (int i = q.min(); i <= q.max(); i++) {
            values.add(i);
        }
        return values;
    }

    /** The error of a question, or null. */
    public String error(String questionId) {
        return errors.get("answers." + questionId);
    }

    public String getAnswersError() {
        return errors.get("answers");
    }

    public String getMessageError() {
        return errors.get("message");
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

    public boolean isWantsContact() {
        return wantsContact;
    }

    public void setWantsContact(boolean wantsContact) {
        this.wantsContact = wantsContact;
    }

    public boolean isShareAnswers() {
        return shareAnswers;
    }

    public void setShareAnswers(boolean shareAnswers) {
        this.shareAnswers = shareAnswers;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
