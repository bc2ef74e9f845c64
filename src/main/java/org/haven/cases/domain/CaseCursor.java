package org.haven.cases.domain;

import java.time.Instant;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

/**
 * The dashboard's keyset position: (attention, next due, id) of the last row shown. Sent to API clients as an
 * opaque {@code after} string.
 */
public record CaseCursor(int attention, Instant nextDueAt, long id) {

    public static CaseCursor after(CaseFile c) {
        return new CaseCursor(c.attention(), c.nextDueAt(), c.id());
    }

    public String encode() {
        long micros = nextDueAt.getEpochSecond() * 1_000_000L + nextDueAt.getNano() / 1000;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (attention + ":" + micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor, or null when the text is not one this class made. */
    public static CaseCursor decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.US_ASCII)
                    .split(":");
            if (parts.length != 3) {
                return null;
            }
            long micros = Long.parseLong(parts[1]);
            return new CaseCursor(Integer.parseInt(parts[0]),
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000),
                    Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
