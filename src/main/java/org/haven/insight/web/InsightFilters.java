package org.haven.insight.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The dashboard's filters as the URL carries them (view parameters of a plain GET form, so that a dashboard can be
 * bookmarked and shared), unchecked: InsightQuery checks them when the dashboard loads.
 */
@Named("insightFilters")
@RequestScoped
public class InsightFilters {

    private String from;
    private String to;
    private String school;
    private String level;
    private String category;

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
