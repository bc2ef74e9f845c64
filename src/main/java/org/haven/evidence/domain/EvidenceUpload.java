package org.haven.evidence.domain;

import java.io.InputStream;

/** A file as it arrives: its name as given, and its bytes, read once. */
public record EvidenceUpload(String fileName, InputStream content) {
}
