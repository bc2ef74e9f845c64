package org.haven.cases.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.cases.application.CaseClosing;
import org.haven.cases.application.CaseQueries;
import org.haven.cases.application.CaseViews;
import org.haven.cases.application.CaseWork;
import org.haven.cases.domain.EventKind;
import org.haven.platform.errors.Refusal;
import org.haven.platform.i18n.Messages;
import org.haven.platform.web.FacesMessages;

import java.io.Serial;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One case (/staff/case.xhtml?id=N, /district/case.xhtml?id=N): its facts, parties, protocol steps with their
 * forms, escalations and decisions, closure, follow-ups and timeline. A case outside the reader's scope and a
 * case that does not exist give the same page and the same 404.
 */
@Named("caseBean")
@ViewScoped
public class CaseBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    CaseQueries queries;

    @Inject
    CaseWork work;

    @Inject
    CaseClosing closing;

    private String id;
    private String section;
    private Long caseId;
    private transient CaseViews.Detail detail;
    private transient List<CaseViews.Event> timeline;
    private EventKind[] kinds = new EventKind[0];
    private final Map<String, Map<String, String>> values = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    private final Map<String, String> skipReasons = new HashMap<>();
    private final Map<String, Map<String, String>> errors = new HashMap<>();
    private final Map<Long, String> followUpNotes = new HashMap<>();
    private String summary;
    private String reopenReason;

    public void load() {
        caseId = parse(id);
        try {
            detail = caseId == null ? null : queries.view(caseId, locale());
        } catch (Refusal e) {
            detail = null;
        }
        if (detail == null) {
            caseId = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void complete(String stepId) {
        act(stepId, () -> work.completeStep(caseId, stepId, values.getOrDefault(stepId, Map.of()),
                notes.get(stepId)), "case.step.completed");
    }

    public void skip(String stepId) {
        act(stepId, () -> work.skipStep(caseId, stepId, skipReasons.get(stepId)), "case.step.skipped");
    }

    public void close() {
        act("close", () -> closing.close(caseId, summary), "case.closed.done");
    }

    public void reopen() {
        act("reopen", () -> closing.reopen(caseId, reopenReason), "case.reopened.done");
    }

    public void recordFollowUp(long followUpId) {
        act("followUp-" + followUpId, () -> closing.recordFollowUp(caseId, followUpId,
                followUpNotes.get(followUpId)), "case.followUp.recorded");
    }

    public void filterTimeline() {
        timeline = null;
    }

    /** Runs an action; its field errors are kept per part of the page (a step, a decision, the closure ...). */
    private void act(String part, Runnable action, String doneKey) {
        if (caseId == null) {
            return;
        }
        errors.clear();
        try {
            action.run();
            FacesMessages.info(doneKey);
            values.remove(part);
            notes.remove(part);
            skipReasons.remove(part);
        } catch (Refusal e) {
            Map<String, String> texts = new HashMap<>();
            for (Refusal.FieldError f : e.errors()) {
                texts.merge(f.field(), Messages.text(locale(), f.key(), f.args()), (a, b) -> a + " " + b);
            }
            errors.put(part, texts);
            FacesMessages.error(null, "case.action.failed");
            FacesContext.getCurrentInstance().validationFailed();
        }
        detail = null;
        timeline = null;
    }

    /** The error of one field of one part of the page, or null. */
    public String error(String part, String field) {
        Map<String, String> texts = errors.get(part);
        return texts == null ? null : texts.get(field);
    }

    /** Errors of a part that belong to no field shown (the step itself, the form as a whole). */
    public List<String> otherErrors(String part, Set<String> shownFields) {
        Map<String, String> texts = errors.get(part);
        if (texts == null) {
            return List.of();
        }
        return texts.entrySet().stream().filter(e -> !shownFields.contains(e.getKey())).map(Map.Entry::getValue)
                .toList();
    }

    public List<String> stepErrors(CaseViews.Step step) {
        return otherErrors(step.id(), step.fields().stream().map(CaseViews.Field::id)
                .collect(java.util.stream.Collectors.toSet()));
    }

    public CaseViews.Detail getDetail() {
        if (detail == null && caseId != null) {
            try {
                detail = queries.view(caseId, locale());
            } catch (Refusal e) {
                caseId = null;
            }
        }
        return detail;
    }

    /** The summary's and the steps section's view of the case (null when there is no case). */
    private CaseAtAGlance glance() {
        CaseViews.Detail shown = getDetail();
        return shown == null ? null : new CaseAtAGlance(shown);
    }

    public CaseViews.Step getNextStep() {
        return glance() == null ? null : glance().nextStep();
    }

    public CaseViews.Escalation getAwaitedDecision() {
        return glance() == null ? null : glance().awaitedDecision();
    }

    public List<CaseViews.Step> getStepsNow() {
        return glance() == null ? List.of() : glance().now();
    }

    public List<CaseViews.Step> getStepsLater() {
        return glance() == null ? List.of() : glance().later();
    }

    public List<CaseViews.Step> getStepsDone() {
        return glance() == null ? List.of() : glance().done();
    }

    public List<CaseViews.Event> getTimeline() {
        if (timeline == null && caseId != null) {
            Set<EventKind> wanted = kinds.length == 0 ? EnumSet.noneOf(EventKind.class) : EnumSet.copyOf(List.of(kinds));
            timeline = queries.timeline(caseId, wanted, locale());
        }
        return timeline;
    }

    public Map<String, String> valuesOf(String stepId) {
        return values.computeIfAbsent(stepId, k -> new HashMap<>());
    }

    static Long parse(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(id);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public EventKind[] getAllKinds() {
        return EventKind.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The section asked for, as given (the page reads it through {@link CaseSections}). */
    public String getSection() {
        return section == null ? null : CaseSections.of(section);
    }

    public void setSection(String section) {
        this.section = section;
    }

    public EventKind[] getKinds() {
        return kinds;
    }

    public void setKinds(EventKind[] kinds) {
        this.kinds = kinds == null ? new EventKind[0] : kinds;
    }

    public Map<String, Map<String, String>> getValues() {
        return values;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public Map<String, String> getSkipReasons() {
        return skipReasons;
    }

    public Map<Long, String> getFollowUpNotes() {
        return followUpNotes;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }
}
