package org.haven.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The opaque {@code after} text of a keyset list whose order is (a small rank, a time, an id), as the case
 * dashboard and the staff inbox are sorted. The time keeps its microseconds (MariaDB's precision), so the next page
 * starts exactly after the last row shown. Lists turn it into their own cursor type.
 */
public record KeysetToken(int rank, Instant at, long id) {

    public String encode() {
        long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1000;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (rank + ":" + micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The token, or null when the text is not one this class made. */
    public static KeysetToken decode(String text) {
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
            return new KeysetToken(Integer.parseInt(parts[0]),
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000),
                    Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
