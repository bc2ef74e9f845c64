package org.haven.evidence.domain;

/** What was received and stored, so that the sender holds proof of it (the SHA-256 of the original). */
public record EvidenceReceipt(long id, String fileName, String sha256, long size, String contentType) {
}
