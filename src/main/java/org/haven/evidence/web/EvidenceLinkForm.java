package org.haven.evidence.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.evidence.application.StaffEvidence;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.evidence.domain.OnlinePlatform;

/** The evidence panel's form adding a link to online content: where, when it was seen, on what, by whom. */
@Named("evidenceLinkForm")
@RequestScoped
public class EvidenceLinkForm {

    @Inject
    StaffEvidence evidence;

    @Inject
    EvidencePanels panels;

    private String linkUrl;
    private String linkSeenAt;
    private OnlinePlatform linkPlatform;
    private String linkHandle;
    private String linkNote;

    public void addLink(String kind, Long ownerId) {
        panels.act(() -> {
            evidence.addLink(EvidenceOwner.Kind.valueOf(kind), ownerId, linkUrl, panels.instant(linkSeenAt, "seenAt"),
                    linkPlatform, linkHandle, linkNote);
            return "evidence.link.added";
        }, "evidenceLink:");
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
}
