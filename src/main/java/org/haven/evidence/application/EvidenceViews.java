package org.haven.evidence.application;

import org.haven.evidence.domain.CustodyAction;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.evidence.domain.EvidenceSource;
import org.haven.evidence.domain.OnlinePlatform;
import org.haven.evidence.domain.TakedownRequest;
import org.haven.helplines.application.HelpLine;

import java.time.Instant;
import java.util.List;

/** What staff see of an owner's evidence. */
public final class EvidenceViews {

    private EvidenceViews() {
    }

    /** One link of a custody log. */
    public record Custody(Instant at, String actor, String role, CustodyAction action, String place) {
    }

    /** One piece of evidence with its SHA-256 (null when even that no longer opens) and custody log. */
    public record Item(long id, String fileName, String contentType, long size, String sha256, Instant addedAt,
                       String addedBy, EvidenceSource addedFrom, String description, boolean previewable,
                       Instant integrityAlertAt, Instant purgedAt, List<Custody> custody) {
        public boolean alert() {
            return integrityAlertAt != null;
        }

        public boolean live() {
            return purgedAt == null;
        }
    }

    /** A link kept as evidence. */
    public record Link(long id, String url, Instant seenAt, OnlinePlatform platform, String handle, String note,
                       String addedBy) {
    }

    /** A takedown request and whether it is overdue (sent, unanswered past the configured days). */
    public record Takedown(long id, OnlinePlatform platform, String contentUrl, TakedownRequest.Kind kind,
                           Instant sentAt, String reference, TakedownRequest.Status status, String answer,
                           Instant answeredAt, boolean overdue) {
    }

    /** The whole panel of an owner. */
    public record Panel(EvidenceOwner owner, List<Item> items, List<Link> links, List<Takedown> takedowns,
                        List<HelpLine> escalations, boolean mayExport) {
    }
}
