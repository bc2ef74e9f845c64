package org.haven.reporting.application;

import org.haven.safeguarding.application.HelpLine;

import java.time.Instant;
import java.util.List;

/**
 * What the author of a report receives, once: the receipt (never stored in clear), whether it was judged
 * urgent, the help lines that fit, and the proof of reporting (time, school, fingerprint of the content).
 */
public record Submitted(String receipt, boolean urgent, List<HelpLine> helpLines, Instant receivedAt,
                        String schoolName, String fingerprint) {
}
