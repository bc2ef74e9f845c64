package org.haven.safeguarding.domain;

import java.time.Instant;

/** A referral's document without its content: what the referral page lists, read without loading the bytes. */
public record DocumentSummary(long id, String fileName, String sha256, int size, Instant createdAt) {
}
