package org.haven.cases.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.cases.application.CaseHandovers;
import org.haven.cases.application.CaseReports;
import org.haven.cases.application.RepeatAuthors;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.errors.Refusal;
import org.haven.platform.i18n.Messages;
import org.haven.platform.web.FacesMessages;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The case page's part of issue 20: the reports of the case (attach one by its number, detach with a reason), its
 * repeat authors, and the handover to another school (the head). Reads the case id from {@link CaseBean}.
 */
@Named("caseLinks")
@ViewScoped
public class CaseLinksBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    CaseBean caseBean;

    @Inject
    CaseReports reports;

    @Inject
    RepeatAuthors authors;

    @Inject
    CaseHandovers handovers;

    @Inject
    SchoolAdministration schools;

    private transient List<CaseReports.Attached> attached;
    private transient List<RepeatAuthors.Flag> flags;
    private String reportNumber;
    private final Map<Long, String> detachReasons = new HashMap<>();
    private String schoolCode;
    private String reason;
    private String summary;
    private Boolean pupilConsent;
    private Boolean parentConsent;
    private final Map<String, String> errors = new HashMap<>();

    public List<CaseReports.Attached> getAttached() {
        Long id = caseId();
        if (attached == null && id != null) {
            attached = reports.of(id);
        }
        return attached == null ? List.of() : attached;
    }

    public List<RepeatAuthors.Flag> getFlags() {
        Long id = caseId();
        if (flags == null && id != null) {
            flags = authors.of(id);
        }
        return flags == null ? List.of() : flags;
    }

    public boolean isMayHandOver() {
        Long id = caseId();
        return id != null && handovers.mayHandOver(id);
    }

    /** The other active schools of the district, for the handover. */
    public List<SchoolView> getSchools() {
        Long school = caseBean.getDetail() == null ? null : caseBean.getDetail().schoolId();
        return schools.activeSchools().stream().filter(s -> school == null || s.id() != school).toList();
    }

    public void attach() {
        Long report = parseNumber(reportNumber);
        act("attach", () -> reports.attach(caseId(), report), "caseReports.attached");
        reportNumber = null;
    }

    public void detach(long reportId) {
        act("detach-" + reportId, () -> reports.detach(caseId(), reportId, detachReasons.get(reportId)),
                "caseReports.detachedDone");
    }

    public String handOver() {
        act("handover", () -> handovers.handOver(caseId(), new CaseHandovers.Form(schoolCode, null, reason, summary,
                pupilConsent, parentConsent)), "handover.done");
        if (errors.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/staff/cases?faces-redirect=true";
        }
        return null;
    }

    /** "R-12", "r12" or "12": the report's id; null when not a number. */
    static Long parseNumber(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.strip().replaceFirst("(?i)^r-?", "");
        return digits.matches("[0-9]{1,18}") ? Long.valueOf(digits) : null;
    }

    private void act(String part, Runnable action, String doneKey) {
        errors.clear();
        if (caseId() == null) {
            return;
        }
        try {
            action.run();
            FacesMessages.info(doneKey);
        } catch (Refusal e) {
            for (Refusal.FieldError f : e.errors()) {
                errors.merge(part + ":" + f.field(), Messages.text(locale(), f.key(), f.args()), (a, b) -> a + " " + b);
            }
            FacesMessages.error(null, "case.action.failed");
            FacesContext.getCurrentInstance().validationFailed();
        }
        attached = null;
        flags = null;
    }

    /** The error of a field of a part (attach, detach-N, handover), or null. */
    public String error(String part, String field) {
        return errors.get(part + ":" + field);
    }

    private Long caseId() {
        return caseBean.getDetail() == null ? null : caseBean.getDetail().id();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getReportNumber() {
        return reportNumber;
    }

    public void setReportNumber(String reportNumber) {
        this.reportNumber = reportNumber;
    }

    public Map<Long, String> getDetachReasons() {
        return detachReasons;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public void setSchoolCode(String schoolCode) {
        this.schoolCode = schoolCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Boolean getPupilConsent() {
        return pupilConsent;
    }

    public void setPupilConsent(Boolean pupilConsent) {
        this.pupilConsent = pupilConsent;
    }

    public Boolean getParentConsent() {
        return parentConsent;
    }

    public void setParentConsent(Boolean parentConsent) {
        this.parentConsent = parentConsent;
    }
}
