package org.haven.evidence.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.audit.application.CurrentActor;
import org.haven.evidence.application.EvidenceViews;
import org.haven.evidence.application.StaffEvidence;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.evidence.domain.OnlinePlatform;
import org.haven.evidence.infrastructure.SignedLinks;
import org.haven.platform.i18n.Messages;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Backs the reusable evidence panel ({@code /WEB-INF/includes/evidence-panel.xhtml}, parameters
 * {@code ownerKind}, {@code ownerId}, {@code returnPage}): the panel of one owner, signed short-lived links to
 * its files and dossier, the upload form's signed fields and outcome, and deleting a file; the link and takedown
 * forms have beans of their own ({@link EvidenceLinkForm}, {@link TakedownForm}). Request scoped: every action
 * names its owner again, and the service checks the scope again.
 */
@Named("evidencePanel")
@RequestScoped
public class EvidencePanelBean {

    @Inject
    StaffEvidence evidence;

    @Inject
    EvidencePanels panels;

    @Inject
    SignedLinks links;

    @Inject
    CurrentActor actor;

    private final Map<String, SignedLinks.Signed> uploadTokens = new HashMap<>();
    private String deleteReason;

    /** The panel of this owner, loaded once per request (null when out of scope: the page shows nothing). */
    public EvidenceViews.Panel of(String kind, Long ownerId) {
        return ownerId == null ? null : panels.panel(EvidenceOwner.Kind.valueOf(kind), ownerId);
    }

    /** A link to a file's download, preview or thumbnail, valid five minutes for this account only. */
    public String fileLink(long evidenceId, String variant) {
        return link(Long.toString(evidenceId), variant);
    }

    /** A link to the owner's dossier ({@code pdf} or {@code zip}). */
    public String dossierLink(String kind, long ownerId, String format) {
        return link(OwnerTarget.of(kind, ownerId).text(), format);
    }

    /** The signed fields of the upload form: target, expiry and signature. */
    public SignedLinks.Signed uploadToken(String kind, long ownerId) {
        String target = OwnerTarget.of(kind, ownerId).text();
        return uploadTokens.computeIfAbsent(target, t -> links.sign(actor.require().accountId(), t, "upload"));
    }

    public String getUploadAction() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + EvidenceUploadServlet.PANEL_PATH;
    }

    /** The result of the last upload, from the redirect's query: a translated message, or null. */
    public String getUploadMessage() {
        ExternalContext ctx = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> params = ctx.getRequestParameterMap();
        if ("added".equals(params.get("evidence"))) {
            return Messages.text(locale(), "evidence.panel.added");
        }
        String key = params.get("evidenceError");
        if (key == null || !key.matches("evidence\\.[A-Za-z.]{1,40}")) {
            return null;
        }
        String arg = params.getOrDefault("a", "");
        String text = arg.matches("[0-9]{1,6}") ? Messages.text(locale(), key, Long.valueOf(arg))
                : Messages.text(locale(), key);
        return text.equals(key) ? null : text;
    }

    public boolean isUploadFailed() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .containsKey("evidenceError");
    }

    public void delete(long evidenceId) {
        panels.act(() -> {
            evidence.delete(evidenceId, deleteReason);
            return "evidence.deleted";
        }, "evidenceDelete:");
    }

    private String link(String target, String variant) {
        SignedLinks.Signed signed = links.sign(actor.require().accountId(), target, variant);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + EvidenceFileServlet.PATH + "?" + signed.query();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public OnlinePlatform[] getPlatforms() {
        return OnlinePlatform.values();
    }

    public String getDeleteReason() {
        return deleteReason;
    }

    public void setDeleteReason(String deleteReason) {
        this.deleteReason = deleteReason;
    }
}
