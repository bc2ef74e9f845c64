package org.haven.surveys.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.haven.surveys.application.SurveyResults;

import java.io.Serializable;

/**
 * /staff/survey.xhtml?id=N: one campaign of the signed-in account's schools, its codes, its printable sheet and its
 * suppressed results with the previous campaign's; "not found" for a campaign out of scope. Reading it is audited.
 */
@Named("surveyCampaign")
@ViewScoped
public class SurveyCampaignBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SurveyResults results;

    private Long id;
    private SurveyResults.Results shown;

    public void load() {
        if (shown == null && id != null) {
            shown = results.of(id, FacesContext.getCurrentInstance().getViewRoot().getLocale()).orElse(null);
        }
        if (shown == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** A count, or the threshold's mark when it is suppressed. */
    public String count(Long n) {
        return n == null ? "–" : String.valueOf(n);
    }

    /** The address a class's pupils open (the sheet prints it under the QR code). */
    public String link(String accessCode) {
        return SurveyLinks.of((HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest(), accessCode);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SurveyResults.Results getShown() {
        return shown;
    }
}
