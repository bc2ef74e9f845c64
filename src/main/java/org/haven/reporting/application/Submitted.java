package org.haven.reporting.application;

import org.haven.helplines.application.HelpLine;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the author of a report receives, once: the receipt (never stored in clear), whether it was judged
 * urgent, the help lines that fit (in the language asked, and the risk tags that chose them, so that a page
 * switched to another language can name them again in it), and the proof of reporting (time, school,
 * fingerprint of the content).
 */
public record Submitted(String receipt, boolean urgent, List<HelpLine> helpLines, Set<String> riskTags,
                        Instant receivedAt, String schoolName, String fingerprint) {

    public Submitted {
        riskTags = Set.copyOf(riskTags);
    }
}
