package org.haven.audit.domain;

/**
 * The result of walking the audit chain.
 *
 * @param entriesChecked how many entries were read
 * @param firstBrokenId  the first entry whose hash or link does not match, or null when the chain is intact
 */
public record ChainVerification(long entriesChecked, Long firstBrokenId) {

    public boolean intact() {
        return firstBrokenId == null;
    }

    /** Checks a run of consecutive entries that follows the entry with the given number and hash. */
    public static Long firstBreak(Iterable<AuditEntry> entries, long previousId, String previousHash) {
        long expectedId = previousId + 1;
        String expectedPrevious = previousHash;
        for (AuditEntry e : entries) {
            if (e.id() != expectedId || !e.previousHash().equals(expectedPrevious) || !e.isIntact()) {
                return e.id();
            }
            expectedId++;
            expectedPrevious = e.hash();
        }
        return null;
    }
}
