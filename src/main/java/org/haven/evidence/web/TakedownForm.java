package org.haven.evidence.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.evidence.application.Takedowns;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.evidence.domain.OnlinePlatform;
import org.haven.evidence.domain.TakedownRequest;

/** The evidence panel's takedown forms: recording a request sent to a platform, and recording its answer. */
@Named("takedownForm")
@RequestScoped
public class TakedownForm {

    @Inject
    Takedowns takedowns;

    @Inject
    EvidencePanels panels;

    private OnlinePlatform takedownPlatform;
    private String takedownUrl;
    private TakedownRequest.Kind takedownKind;
    private String takedownSentAt;
    private String takedownReference;
    private TakedownRequest.Status takedownStatus;
    private String takedownAnswer;

    public void recordTakedown(String kind, Long ownerId) {
        panels.act(() -> {
            takedowns.record(EvidenceOwner.Kind.valueOf(kind), ownerId, new Takedowns.Form(takedownPlatform,
                    takedownUrl, takedownKind, panels.instant(takedownSentAt, "sentAt"), takedownReference));
            return "takedown.recorded";
        }, "takedown:");
    }

    public void updateTakedown(long takedownId) {
        panels.act(() -> {
            takedowns.update(takedownId, takedownStatus, takedownAnswer);
            return "takedown.updated";
        }, "takedownUpdate:");
    }

    public TakedownRequest.Kind[] getTakedownKinds() {
        return TakedownRequest.Kind.values();
    }

    public TakedownRequest.Status[] getTakedownStatuses() {
        return TakedownRequest.Status.values();
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
}
