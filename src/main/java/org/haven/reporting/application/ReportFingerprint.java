package org.haven.reporting.application;

import org.haven.directory.application.SchoolView;
import org.haven.reporting.domain.ValidReport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** The SHA-256 over what was reported (not who), given to its author: proves later that nothing was changed. */
final class ReportFingerprint {

    private ReportFingerprint() {
    }

    static String of(ValidReport r, SchoolView school, Instant at, List<String> evidenceHashes) {
        String canonical = String.join("\n", school.code(), at.toString(), r.category().name(), r.description(),
                String.valueOf(r.occurredOn()), String.valueOf(r.involved()),
                r.links().stream().map(ValidReport.Link::url).collect(Collectors.joining(" ")),
                String.join(" ", evidenceHashes));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
