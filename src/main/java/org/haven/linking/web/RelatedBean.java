package org.haven.linking.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.cases.application.CaseReports;
import org.haven.linking.application.RelatedReports;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The "related reports" section of the staff report page and the case page (issue 20): the suggestions in the
 * viewer's scope with why, and the actions: attach (accept) or dismiss. Read once per view.
 */
@Named("relatedReports")
@ViewScoped
public class RelatedBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    RelatedReports related;

    @Inject
    CaseReports caseReports;

    private transient List<RelatedReports.Related> shown;

    /** The suggestions for a report of the page (its id as the page holds it). */
    public List<RelatedReports.Related> ofReport(String reportId) {
        Long id = parse(reportId);
        if (shown == null && id != null) {
            shown = quietly(() -> related.ofReport(id));
        }
        return shown == null ? List.of() : shown;
    }

    /** The suggestions for a case of the page. */
    public List<RelatedReports.Related> ofCase(Long caseId) {
        if (shown == null && caseId != null) {
            shown = quietly(() -> related.ofCase(caseId));
        }
        return shown == null ? List.of() : shown;
    }

    public void accept(String reportId, long relatedId) {
        Long id = parse(reportId);
        act(() -> related.accept(id, relatedId), "related.accepted");
    }

    public void dismiss(String reportId, long relatedId) {
        Long id = parse(reportId);
        act(() -> related.dismiss(id, relatedId), "related.dismissed");
    }

    /** On the case page: the suggested report joins this case. */
    public void attachToCase(long caseId, long relatedId) {
        act(() -> caseReports.attach(caseId, relatedId), "related.accepted");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesMessages.info(doneKey);
        } catch (Refusal e) {
            FacesMessages.show(e, "related:");
            FacesContext.getCurrentInstance().validationFailed();
        }
        shown = null;
    }

    private static List<RelatedReports.Related> quietly(java.util.function.Supplier<List<RelatedReports.Related>> s) {
        try {
            return s.get();
        } catch (Refusal e) {
            return List.of();
        }
    }

    private static Long parse(String id) {
        return id != null && id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
    }
}
