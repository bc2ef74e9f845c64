package org.haven.cases.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.cases.application.CaseOpening;
import org.haven.cases.domain.CaseFile;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;

/** The "open a case" button of a report's staff page: turns the report into a case and shows the case. */
@Named("openCase")
@RequestScoped
public class OpenCaseBean {

    @Inject
    CaseOpening opening;

    public String fromReport(String reportId) {
        if (reportId == null || !reportId.matches("[0-9]{1,18}")) {
            return null;
        }
        try {
            CaseFile c = opening.openFromReport(Long.parseLong(reportId));
            FacesMessages.info("case.openedFromReport", c.number());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/staff/case?faces-redirect=true&id=" + c.id();
        } catch (Refusal e) {
            FacesMessages.show(e, "case:");
            return null;
        }
    }
}
