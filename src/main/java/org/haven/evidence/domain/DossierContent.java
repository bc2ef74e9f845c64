package org.haven.evidence.domain;

import java.time.Instant;
import java.util.List;

/**
 * Everything a dossier (PDF and ZIP) shows, built before a byte is written: the owner's part (title, school,
 * number, summary lines and timeline, from {@code EvidenceOwnerScope#dossier}) and the vault's part (each piece
 * of evidence with its SHA-256, custody log and, for pictures, a preview without metadata).
 */
public record DossierContent(OwnerDossier owner, Instant generatedAt, String generatedBy, List<Item> evidence,
                             List<Link> links) {

    /** What the owner (a report, a case) tells about itself. */
    public record OwnerDossier(String title, String school, String number, List<String> summary,
                               List<TimelineEntry> timeline) {
    }

    /** One event of the timeline: when, who (a role or "the reporter", never a pupil's name unless given), what. */
    public record TimelineEntry(Instant when, String who, String what) {
    }

    /** One piece of evidence; {@code previewPng} is null when it is not a picture Haven can preview. */
    public record Item(long id, String fileName, String contentType, long size, String sha256, Instant addedAt,
                       String addedBy, List<CustodyLine> custody, byte[] previewPng) {

        /** The file's path inside the ZIP: unique (by id) and without separators (names never hold any). */
        public String zipPath() {
            return "files/" + id + "-" + fileName;
        }
    }

    /** One line of a custody log. */
    public record CustodyLine(Instant at, String actor, String action, String place) {
    }

    /** A link kept as evidence. */
    public record Link(String url, Instant seenAt, String platform, String handle, String note) {
    }

    public DossierContent {
        evidence = List.copyOf(evidence);
        links = List.copyOf(links);
    }
}
