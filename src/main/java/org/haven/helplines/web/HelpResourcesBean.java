package org.haven.helplines.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.helplines.application.HelpResourceAdministration;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;
import org.haven.platform.web.LocaleBean;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The district admin's page of help lines and services. */
@Named
@ViewScoped
public class HelpResourcesBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    HelpResourceAdministration admin;

    @Inject
    LocaleBean locale;

    private String country = "FR";
    private String phone;
    private String nameFr;
    private String nameEn;
    private String purposeFr;
    private String purposeEn;
    private String hoursFr;
    private String hoursEn;
    private List<String> risks = new ArrayList<>();
    private transient List<HelpResourceAdministration.Row> rows;

    public List<HelpResourceAdministration.Row> getRows() {
        if (rows == null) {
            rows = admin.all(locale.getLocale());
        }
        return rows;
    }

    public List<String> getRiskChoices() {
        return HelpResourceAdministration.RISKS.stream().sorted().toList();
    }

    public void add() {
        try {
            admin.add(new HelpResourceAdministration.NewLine(country, phone, nameFr, nameEn, purposeFr, purposeEn,
                    hoursFr, hoursEn, risks));
            FacesMessages.info("resource.added", phone);
            phone = null;
            nameFr = null;
            nameEn = null;
            purposeFr = null;
            purposeEn = null;
            hoursFr = null;
            hoursEn = null;
            risks = new ArrayList<>();
            rows = null;
        } catch (Refusal e) {
            FacesMessages.show(e, "add:");
        }
    }

    public void toggle(HelpResourceAdministration.Row row) {
        admin.setActive(row.id(), !row.active());
        rows = null;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getPurposeFr() {
        return purposeFr;
    }

    public void setPurposeFr(String purposeFr) {
        this.purposeFr = purposeFr;
    }

    public String getPurposeEn() {
        return purposeEn;
    }

    public void setPurposeEn(String purposeEn) {
        this.purposeEn = purposeEn;
    }

    public String getHoursFr() {
        return hoursFr;
    }

    public void setHoursFr(String hoursFr) {
        this.hoursFr = hoursFr;
    }

    public String getHoursEn() {
        return hoursEn;
    }

    public void setHoursEn(String hoursEn) {
        this.hoursEn = hoursEn;
    }

    public List<String> getRisks() {
        return risks;
    }

    public void setRisks(List<String> risks) {
        this.risks = risks;
    }
}
