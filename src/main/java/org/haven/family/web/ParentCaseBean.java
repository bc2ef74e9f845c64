package org.haven.family.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.family.application.FamilyPortal;
import org.haven.family.application.FamilyViews;
import org.haven.family.domain.MessageKind;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;

/**
 * One case as a parent sees it (/parent/case.xhtml?id=N): acknowledging entries, writing to the school. A case
 * the parent may not follow and a case that does not exist give the same page and the same 404.
 */
@Named("parentCase")
@ViewScoped
public class ParentCaseBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    FamilyPortal portal;

    private String id;
    private Long caseId;
    private transient FamilyViews.CaseDetail detail;
    private String body;
    private MessageKind kind = MessageKind.MESSAGE;

    public void load() {
        caseId = parse(id);
        detail = null;
        if (caseId != null) {
            try {
                detail = portal.view(caseId, locale());
            } catch (Refusal e) {
                caseId = null;
            }
        }
        if (detail == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public FamilyViews.CaseDetail getDetail() {
        if (detail == null && caseId != null) {
            try {
                detail = portal.view(caseId, locale());
            } catch (Refusal e) {
                caseId = null;
            }
        }
        return detail;
    }

    public void acknowledge(long eventId) {
        run(() -> portal.acknowledge(caseId, eventId), "family.acknowledged");
    }

    public void send() {
        if (run(() -> portal.send(caseId, kind, body), kind == MessageKind.MEETING_REQUEST
                ? "family.meeting.sent" : "family.message.sent")) {
            body = null;
            kind = MessageKind.MESSAGE;
        }
    }

    private boolean run(Runnable action, String doneKey) {
        if (caseId == null) {
            return false;
        }
        try {
            action.run();
            FacesMessages.info(doneKey);
            detail = null;
            return true;
        } catch (Refusal e) {
            e.errors().forEach(f -> FacesMessages.error(null, f.key(), f.args()));
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
    }

    static Long parse(String id) {
        return id != null && id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public MessageKind[] getKinds() {
        return MessageKind.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public MessageKind getKind() {
        return kind;
    }

    public void setKind(MessageKind kind) {
        this.kind = kind;
    }
}
