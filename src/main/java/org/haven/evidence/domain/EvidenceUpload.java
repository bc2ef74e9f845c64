package org.haven.evidence.domain;

import java.io.InputStream;

/**
 * A file as it arrives: its name as given, the type its sender declared (may be null or generic), and its bytes,
 * read once.
 */
public record EvidenceUpload(String fileName, String declaredType, InputStream content) {

    public EvidenceUpload(String fileName, InputStream content) {
        this(fileName, null, content);
    }
}
