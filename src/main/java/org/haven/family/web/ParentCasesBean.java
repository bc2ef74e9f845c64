package org.haven.family.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.family.application.FamilyPortal;
import org.haven.family.application.FamilyViews;

import java.util.List;

/** The cases of my children on the parent's home page. */
@Named("parentCases")
@RequestScoped
public class ParentCasesBean {

    @Inject
    FamilyPortal portal;

    private List<FamilyViews.CaseRow> rows;

    public List<FamilyViews.CaseRow> getRows() {
        if (rows == null) {
            rows = portal.myCases(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return rows;
    }
}
