package org.haven.cases.application;

import org.haven.cases.domain.CaseFile;

import java.util.Set;

/** How a case's stored answers read as protocol facts. */
final class CaseFacts {

    /** The tag stored when the incident form says an adult is among the alleged authors. */
    static final String ADULT_AUTHOR_TAG = "adult_author";

    private CaseFacts() {
    }

    /** Tags stored when staff say evidence was secured (screenshots or files; links). */
    static final String EVIDENCE_FILE_TAG = "evidence_file";
    static final String EVIDENCE_LINK_TAG = "evidence_link";

    static String fromTag(String tag) {
        return switch (tag) {
            case ADULT_AUTHOR_TAG -> "party.alleged_author_adult";
            case EVIDENCE_FILE_TAG -> "evidence.file";
            case EVIDENCE_LINK_TAG -> "evidence.link";
            default -> "risk." + tag;
        };
    }

    /** Intimate images are at stake: the category says so, or the pupil said images were shared. */
    static boolean imagesAtStake(CaseFile c) {
        return Set.of("INTIMATE_IMAGES", "DEEPFAKE").contains(c.category())
                || c.riskTags().contains("intimate_images");
    }
}
