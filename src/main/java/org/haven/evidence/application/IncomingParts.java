package org.haven.evidence.application;

import org.haven.evidence.domain.EvidenceUpload;

import java.io.IOException;
import java.util.Optional;

/**
 * What is left of an upload's body, part by part, as the web edge reads it from the request: a plain field is
 * read (bounded) and dropped, a file is handed over unread so that it streams into the vault.
 */
@FunctionalInterface
public interface IncomingParts {

    /** One part: its field name, and its file (null for a plain field). */
    record Part(String field, EvidenceUpload file) {
    }

    /** The next part, or empty at the end of the body. */
    Optional<Part> next() throws IOException;
}
