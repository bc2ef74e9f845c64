package org.haven.surveys.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.directory.application.SchoolView;
import org.haven.platform.errors.Refusal;
import org.haven.platform.i18n.Messages;
import org.haven.platform.web.FacesMessages;
import org.haven.surveys.application.SurveyCampaigns;
import org.haven.surveys.application.SurveyCatalog;
import org.haven.surveys.application.SurveyViews;
import org.haven.surveys.domain.SurveyDefinition;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * /staff/surveys.xhtml: the campaigns of the signed-in head's or referent's schools, and the form that opens one
 * (classes or levels typed one a line or separated by commas).
 */
@Named("surveyCampaigns")
@ViewScoped
public class SurveyCampaignsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SurveyCampaigns campaigns;

    @Inject
    transient SurveyCatalog catalog;

    private List<SurveyViews.CampaignView> list;
    private Long schoolId;
    private String surveyId;
    private String title;
    private String opensOn;
    private String closesOn;
    private String groups;
    private SurveyViews.CampaignView opened;

    public List<SurveyViews.CampaignView> getList() {
        if (list == null) {
            list = campaigns.visible();
        }
        return list;
    }

    public List<SchoolView> getSchools() {
        return campaigns.schoolsForOpening();
    }

    /** The questionnaires with their title in the page's language: id and title. */
    public List<String[]> surveys(Locale locale) {
        return catalog.available().stream().map(s -> new String[]{s.id(), label(s, locale)}).toList();
    }

    private static String label(SurveyDefinition s, Locale locale) {
        return s.title().in(locale) + " (" + String.join(", ", s.levels().stream().sorted()
                .map(l -> Messages.text(locale, "school.level." + l.name())).toList()) + ")";
    }

    public String open() {
        try {
            List<String> labels = groups == null ? List.of() : Arrays.stream(groups.split("[,\\n]"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            opened = campaigns.open(new SurveyCampaigns.NewCampaign(schoolId, surveyId, title, opensOn, closesOn,
                    labels));
            list = null;
            FacesMessages.info("survey.staff.opened", opened.title());
            return "/staff/survey.xhtml?faces-redirect=true&id=" + opened.id();
        } catch (Refusal e) {
            FacesMessages.show(e, "open:");
            return null;
        }
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getSurveyId() {
        return surveyId;
    }

    public void setSurveyId(String surveyId) {
        this.surveyId = surveyId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(String opensOn) {
        this.opensOn = opensOn;
    }

    public String getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(String closesOn) {
        this.closesOn = closesOn;
    }

    public String getGroups() {
        return groups;
    }

    public void setGroups(String groups) {
        this.groups = groups;
    }
}
