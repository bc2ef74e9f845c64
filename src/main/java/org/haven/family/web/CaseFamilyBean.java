package org.haven.family.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.family.application.FamilyDesk;
import org.haven.family.application.FamilyViews;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** The parents' part of the staff case page: each parent's thread, the answers, the acknowledgements. */
@Named("caseFamily")
@ViewScoped
public class CaseFamilyBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    FamilyDesk desk;

    private Long caseId;
    private transient FamilyViews.Desk view;
    private final Map<Long, String> replies = new HashMap<>();

    /** The desk of a case the page already loaded (null when the reader does not work the case). */
    public FamilyViews.Desk desk(long id) {
        if (view == null || caseId == null || caseId != id) {
            caseId = id;
            try {
                view = desk.desk(id);
            } catch (Refusal e) {
                view = new FamilyViews.Desk(java.util.List.of(), java.util.List.of());
            }
        }
        return view;
    }

    public void reply(long id, long parentAccountId) {
        try {
            desk.reply(id, parentAccountId, replies.get(parentAccountId));
            replies.remove(parentAccountId);
            FacesMessages.info("family.reply.sent");
        } catch (Refusal e) {
            e.errors().forEach(f -> FacesMessages.error(null, f.key(), f.args()));
            FacesContext.getCurrentInstance().validationFailed();
        }
        view = null;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }
}
