package org.haven.reporting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;
import org.haven.reporting.application.ReportViews;
import org.haven.reporting.application.StaffInbox;
import org.haven.reporting.domain.ReportStatus;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;

/**
 * One report for its school's referents and head (/staff/report.xhtml?id=N). A report of another school and a
 * report that does not exist give the same page and the same 404 status: nothing tells them apart.
 */
@Named("staffReport")
@ViewScoped
public class StaffReportBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    StaffInbox inbox;

    private String id;
    private Long reportId;
    private transient ReportViews.ForStaff report;
    private String answer;
    private ReportStatus status;

    /** The page's view action: loads the report once, or answers 404. */
    public void load() {
        reportId = parse(id);
        Optional<ReportViews.ForStaff> found = reportId == null ? Optional.empty() : inbox.view(reportId);
        report = found.orElse(null);
        if (report == null) {
            reportId = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        } else {
            status = report.status();
        }
    }

    public void sendAnswer() {
        act(() -> inbox.answer(reportId, answer), "staff.report.answered");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            answer = null;
        }
    }

    public void acknowledge() {
        act(() -> inbox.acknowledgeUrgent(reportId), "staff.report.acknowledged");
    }

    public void saveStatus() {
        if (status == null) {
            FacesMessages.error("status:newStatus", "staff.report.status.required");
            return;
        }
        act(() -> inbox.changeStatus(reportId, status), "staff.report.statusChanged");
    }

    private void act(Runnable action, String doneKey) {
        if (reportId == null) {
            return;
        }
        try {
            action.run();
            FacesMessages.info(doneKey);
        } catch (Refusal e) {
            FacesMessages.show(e, "answer:");
        }
        reload();
    }

    private void reload() {
        report = reportId == null ? null : inbox.view(reportId).orElse(null);
        if (report == null) {
            reportId = null;
        }
    }

    static Long parse(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(id);
    }

    public ReportViews.ForStaff getReport() {
        if (report == null && reportId != null) {
            reload();
        }
        return report;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public void setStatus(ReportStatus status) {
        this.status = status;
    }
}
