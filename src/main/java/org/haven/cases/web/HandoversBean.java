package org.haven.cases.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.cases.application.CaseHandovers;
import org.haven.cases.application.HandoverRecords;
import org.haven.platform.errors.Refusal;

import java.util.List;

/**
 * The old school's read-only records of the cases it handed over (/staff/handovers.xhtml, issue 20): the list, and
 * one record with the part the school played ({@code ?id=N}; another school's record is 404).
 */
@Named("handovers")
@RequestScoped
public class HandoversBean {

    @Inject
    HandoverRecords handovers;

    private String id;
    private List<CaseHandovers.View> made;
    private CaseHandovers.View record;

    public void load() {
        if (id != null && id.matches("[0-9]{1,18}")) {
            try {
                record = handovers.record(Long.parseLong(id));
            } catch (Refusal e) {
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            }
        } else {
            made = handovers.made();
        }
    }

    public List<CaseHandovers.View> getMade() {
        return made == null ? List.of() : made;
    }

    public CaseHandovers.View getRecord() {
        return record;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
