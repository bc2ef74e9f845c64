package org.haven.cases.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.cases.application.CaseQueries;
import org.haven.cases.application.CaseViews;
import org.haven.cases.domain.CaseFilter;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.RiskLevel;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The case dashboard (/staff/cases.xhtml for school staff, /district/cases.xhtml for the district lead): the
 * cases in the reader's scope, urgent and overdue first, then by due date, with filters and keyset pages.
 */
@Named("casesBean")
@ViewScoped
public class CasesBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int PAGE = 25;

    @Inject
    CaseQueries queries;

    @Inject
    java.time.Clock clock;

    private CaseStatus status;
    private String category;
    private RiskLevel risk;
    private String step;
    private transient List<CaseViews.Option> steps;
    private LocalDate from;
    private LocalDate to;
    private String search;
    private boolean overdue;
    private String current;
    private String next;
    private final Deque<String> previous = new ArrayDeque<>();
    private transient List<CaseViews.Row> rows;

    public void load() {
        fetch();
    }

    public void filter() {
        previous.clear();
        current = null;
        fetch();
    }

    public void nextPage() {
        if (next != null) {
            previous.push(current == null ? "" : current);
            current = next;
            fetch();
        }
    }

    public void previousPage() {
        if (!previous.isEmpty()) {
            String back = previous.pop();
            current = back.isEmpty() ? null : back;
            fetch();
        }
    }

    private void fetch() {
        try {
            CaseFilter filter = new CaseFilter(status, category == null || category.isBlank() ? null : category,
                    risk, step == null || step.isBlank() ? null : step, from, to, search, null,
                    overdue ? clock.instant() : null);
            CaseViews.Page page = queries.page(filter, current, PAGE,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
            rows = page.rows();
            next = page.next();
        } catch (Refusal e) {
            FacesMessages.show(e, "filters:");
            rows = List.of();
            next = null;
        }
    }

    public List<CaseViews.Row> getRows() {
        if (rows == null) {
            fetch();
        }
        return rows;
    }

    public boolean isHasNext() {
        return next != null;
    }

    public boolean isHasPrevious() {
        return !previous.isEmpty();
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public RiskLevel getRisk() {
        return risk;
    }

    public void setRisk(RiskLevel risk) {
        this.risk = risk;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** "Overdue only", a view parameter (?overdue=true) so that the address keeps it across reloads and links. */
    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<CaseViews.Option> getSteps() {
        if (steps == null) {
            steps = queries.stepChoices(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return steps;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public RiskLevel[] getRisks() {
        return RiskLevel.values();
    }

    public List<String> getCategories() {
        return org.haven.cases.domain.IncidentRules.CATEGORIES;
    }
}
