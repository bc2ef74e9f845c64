package org.haven.evidence.domain;

/** What was received and stored, so that the sender holds proof of it. */
public record EvidenceReceipt(long id, String fileName, String sha256, long size, String contentType) {
}
