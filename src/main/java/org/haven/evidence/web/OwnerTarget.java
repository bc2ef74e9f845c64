package org.haven.evidence.web;

import org.haven.evidence.domain.EvidenceOwner;

/**
 * The owner a signed link or form is for, written {@code KIND:id} ({@code REPORT:12}, {@code CASE:3}) in the
 * signed target: made and read in one place.
 */
record OwnerTarget(EvidenceOwner.Kind kind, long ownerId) {

    /** From a page's parameters (the kind's name as the include passes it). */
    static OwnerTarget of(String kind, long ownerId) {
        return new OwnerTarget(EvidenceOwner.Kind.valueOf(kind), ownerId);
    }

    /** From a signed target, already checked against its signature. */
    static OwnerTarget parse(String target) {
        int colon = target.indexOf(':');
        return new OwnerTarget(EvidenceOwner.Kind.valueOf(target.substring(0, colon)),
                Long.parseLong(target.substring(colon + 1)));
    }

    String text() {
        return kind + ":" + ownerId;
    }
}
