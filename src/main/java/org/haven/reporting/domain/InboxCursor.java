package org.haven.reporting.domain;

import org.haven.platform.paging.KeysetToken;

import java.time.Instant;

/**
 * The school inbox's keyset position: (waits for acknowledgement, last activity, id) of the last row shown, in
 * the inbox order (waiting urgent reports first, then newest activity first). Opaque to pages and clients; pages
 * after the first are read after it instead of by OFFSET, so every report stays reachable however many there are.
 *
 * @param rank 0 for an urgent report awaiting acknowledgement, 1 otherwise
 */
public record InboxCursor(int rank, Instant lastActivityAt, long id) {

    public static int rankOf(Report r) {
        return r.awaitsUrgentAcknowledgement() ? 0 : 1;
    }

    public static InboxCursor after(Report r) {
        return new InboxCursor(rankOf(r), r.lastActivityAt(), r.id());
    }

    public String encode() {
        return new KeysetToken(rank, lastActivityAt, id).encode();
    }

    /** The cursor, or null when the text is not one this class made. */
    public static InboxCursor decode(String text) {
        KeysetToken token = KeysetToken.decode(text);
        if (token == null || (token.rank() != 0 && token.rank() != 1)) {
            return null;
        }
        return new InboxCursor(token.rank(), token.at(), token.id());
    }
}
