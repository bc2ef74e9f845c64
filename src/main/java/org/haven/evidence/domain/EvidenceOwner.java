package org.haven.evidence.domain;

import java.util.Objects;

/**
 * What a piece of evidence belongs to: a report (now) or a case (the cases feature), with the school whose
 * staff may see it. Every service of the vault takes its owner in this one form.
 */
public record EvidenceOwner(Kind kind, long id, long schoolId) {

    public enum Kind {
        REPORT, CASE
    }

    public EvidenceOwner {
        Objects.requireNonNull(kind);
    }

    /** A stable text form for audit details and signed links, e.g. {@code REPORT:12}. */
    public String ref() {
        return kind + ":" + id;
    }
}
