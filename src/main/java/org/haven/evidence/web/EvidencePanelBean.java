package org.haven.evidence.web;

import org.haven.directory.application.DistrictZone;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.evidence.application.EvidenceViews;
import org.haven.evidence.application.StaffEvidence;
import org.haven.evidence.application.Takedowns;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.evidence.domain.OnlinePlatform;
import org.haven.evidence.domain.TakedownRequest;
import org.haven.evidence.infrastructure.SignedLinks;
import org.haven.platform.errors.InvalidInputException;
import org.haven.platform.i18n.Messages;
import org.haven.platform.security.CurrentActor;
import org.haven.platform.web.FacesMessages;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Backs the reusable evidence panel ({@code /WEB-INF/includes/evidence-panel.xhtml}, parameters
 * {@code ownerKind}, {@code ownerId}, {@code returnPage}): the panel of one owner, signed short-lived links to
 * its files and dossier, and the forms for links, takedown requests and deletions. Request scoped: every
 * action names its owner again, and the service checks the scope again.
 */
@Named("evidencePanel")
@RequestScoped
public class EvidencePanelBean {

    @Inject
    StaffEvidence evidence;

    @Inject
    Takedowns takedowns;

    @Inject
    SignedLinks links;

    @Inject
    CurrentActor actor;

    @Inject

    DistrictZone districtZone;

    private final Map<EvidenceOwner.Kind, Map<Long, EvidenceViews.Panel>> loaded = new EnumMap<>(
            EvidenceOwner.Kind.class);

    private final Map<String, SignedLinks.Signed> uploadTokens = new java.util.HashMap<>();
    private String linkUrl;
    private String linkSeenAt;
    private OnlinePlatform linkPlatform;
    private String linkHandle;
    private String linkNote;
    private OnlinePlatform takedownPlatform;
    private String takedownUrl;
    private TakedownRequest.Kind takedownKind;
    private String takedownSentAt;
    private String takedownReference;
    private TakedownRequest.Status takedownStatus;
    private String takedownAnswer;
    private String deleteReason;

    /** The panel of this owner, loaded once per request (null when out of scope: the page shows nothing). */
    public EvidenceViews.Panel of(String kind, Long ownerId) {
        if (ownerId == null) {
            return null;
        }
        EvidenceOwner.Kind k = EvidenceOwner.Kind.valueOf(kind);
        return loaded.computeIfAbsent(k, x -> new java.util.HashMap<>()).computeIfAbsent(ownerId, id -> {
            try {
                return evidence.panel(k, id, FacesContext.getCurrentInstance().getViewRoot().getLocale());
            } catch (InvalidInputException e) {
                return null;
            }
        });
    }

    /** A link to a file's download, preview or thumbnail, valid five minutes for this account only. */
    public String fileLink(long evidenceId, String variant) {
        return link(Long.toString(evidenceId), variant);
    }

    /** A link to the owner's dossier ({@code pdf} or {@code zip}). */
    public String dossierLink(String kind, long ownerId, String format) {
        return link(EvidenceOwner.Kind.valueOf(kind) + ":" + ownerId, format);
    }

    /** The signed fields of the upload form: target, expiry and signature. */
    public SignedLinks.Signed uploadToken(String kind, long ownerId) {
        String target = EvidenceOwner.Kind.valueOf(kind) + ":" + ownerId;
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

    public void addLink(String kind, Long ownerId) {
        act(() -> {
            evidence.addLink(EvidenceOwner.Kind.valueOf(kind), ownerId, linkUrl, instant(linkSeenAt, "seenAt"),
                    linkPlatform, linkHandle, linkNote);
            return "evidence.link.added";
        }, "evidenceLink:");
    }

    public void recordTakedown(String kind, Long ownerId) {
        act(() -> {
            takedowns.record(EvidenceOwner.Kind.valueOf(kind), ownerId, new Takedowns.Form(takedownPlatform,
                    takedownUrl, takedownKind, instant(takedownSentAt, "sentAt"), takedownReference));
            return "takedown.recorded";
        }, "takedown:");
    }

    public void updateTakedown(long takedownId) {
        act(() -> {
            takedowns.update(takedownId, takedownStatus, takedownAnswer);
            return "takedown.updated";
        }, "takedownUpdate:");
    }

    public void delete(long evidenceId) {
        act(() -> {
            evidence.delete(evidenceId, deleteReason);
            return "evidence.deleted";
        }, "evidenceDelete:");
    }

    private void act(Supplier<String> action, String formPrefix) {
        try {
            FacesMessages.info(action.get());
            loaded.clear();
        } catch (InvalidInputException e) {
            FacesMessages.show(e, formPrefix);
        }
    }

    private String link(String target, String variant) {
        SignedLinks.Signed signed = links.sign(actor.require().accountId(), target, variant);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + EvidenceFileServlet.PATH + "?" + signed.query();
    }

    /** A {@code datetime-local} value in the district's zone; blank is none; anything else is refused. */
    private Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(districtZone.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "evidence.dateTime");
        }
    }

    private java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public OnlinePlatform[] getPlatforms() {
        return OnlinePlatform.values();
    }

    public TakedownRequest.Kind[] getTakedownKinds() {
        return TakedownRequest.Kind.values();
    }

    public TakedownRequest.Status[] getTakedownStatuses() {
        return TakedownRequest.Status.values();
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    public String getLinkSeenAt() {
        return linkSeenAt;
    }

    public void setLinkSeenAt(String linkSeenAt) {
        this.linkSeenAt = linkSeenAt;
    }

    public OnlinePlatform getLinkPlatform() {
        return linkPlatform;
    }

    public void setLinkPlatform(OnlinePlatform linkPlatform) {
        this.linkPlatform = linkPlatform;
    }

    public String getLinkHandle() {
        return linkHandle;
    }

    public void setLinkHandle(String linkHandle) {
        this.linkHandle = linkHandle;
    }

    public String getLinkNote() {
        return linkNote;
    }

    public void setLinkNote(String linkNote) {
        this.linkNote = linkNote;
    }

    public OnlinePlatform getTakedownPlatform() {
        return takedownPlatform;
    }

    public void setTakedownPlatform(OnlinePlatform takedownPlatform) {
        this.takedownPlatform = takedownPlatform;
    }

    public String getTakedownUrl() {
        return takedownUrl;
    }

    public void setTakedownUrl(String takedownUrl) {
        this.takedownUrl = takedownUrl;
    }

    public TakedownRequest.Kind getTakedownKind() {
        return takedownKind;
    }

    public void setTakedownKind(TakedownRequest.Kind takedownKind) {
        this.takedownKind = takedownKind;
    }

    public String getTakedownSentAt() {
        return takedownSentAt;
    }

    public void setTakedownSentAt(String takedownSentAt) {
        this.takedownSentAt = takedownSentAt;
    }

    public String getTakedownReference() {
        return takedownReference;
    }

    public void setTakedownReference(String takedownReference) {
        this.takedownReference = takedownReference;
    }

    public TakedownRequest.Status getTakedownStatus() {
        return takedownStatus;
    }

    public void setTakedownStatus(TakedownRequest.Status takedownStatus) {
        this.takedownStatus = takedownStatus;
    }

    public String getTakedownAnswer() {
        return takedownAnswer;
    }

    public void setTakedownAnswer(String takedownAnswer) {
        this.takedownAnswer = takedownAnswer;
    }

    public String getDeleteReason() {
        return deleteReason;
    }

    public void setDeleteReason(String deleteReason) {
        this.deleteReason = deleteReason;
    }
}
