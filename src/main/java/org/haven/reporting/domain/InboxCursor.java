package org.haven.reporting.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

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
        long micros = lastActivityAt.getEpochSecond() * 1_000_000L + lastActivityAt.getNano() / 1000;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (rank + ":" + micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor, or null when the text is not one this class made. */
    public static InboxCursor decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.US_ASCII)
                    .split(":");
            if (parts.length != 3) {
                return null;
            }
            int rank = Integer.parseInt(parts[0]);
            if (rank != 0 && rank != 1) {
                return null;
            }
            long micros = Long.parseLong(parts[1]);
            return new InboxCursor(rank,
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000),
                    Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
