package org.haven.family.domain;

import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.PartyRole;

/**
 * What the parents of a pupil see of a case, by their child's part in it (the child's consent is checked
 * separately). The protocol's parent_visible marks what the targeted pupil's family is told; it cannot yet say
 * that a step concerns an alleged author's family, so their parents see the case's status, its closing and
 * reopening, their own messages and their own child's disclosure record, never the target's steps. Parents of
 * witnesses and of the pupil who reported do not follow the case in the portal: the school informs them directly.
 * Disclosure entries never show on the timeline: each family reads its own child's disclosure record instead.
 */
public final class ParentSight {

    private ParentSight() {
    }

    /** Whether the parents of a pupil with this part follow the case in the portal at all. */
    public static boolean follows(PartyRole part) {
        return part == PartyRole.TARGET || part == PartyRole.ALLEGED_AUTHOR;
    }

    /** Whether they see (and are told of) a parent-visible timeline entry of this kind. */
    public static boolean sees(PartyRole part, EventKind kind) {
        if (!follows(part) || kind == EventKind.DISCLOSURE) {
            return false;
        }
        return part == PartyRole.TARGET || kind == EventKind.CLOSED || kind == EventKind.REOPENED;
    }

    /** Whether they see the protocol's next parent-visible steps (meetings with them, protection ...). */
    public static boolean seesNextSteps(PartyRole part) {
        return part == PartyRole.TARGET;
    }
}
