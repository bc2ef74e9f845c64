package org.haven.cases.domain;

import org.haven.platform.paging.KeysetToken;

import java.time.Instant;

/**
 * The dashboard's keyset position: (attention, next due, id) of the last row shown. Sent to API clients as an
 * opaque {@code after} string.
 */
public record CaseCursor(int attention, Instant nextDueAt, long id) {

    public static CaseCursor after(CaseFile c) {
        return new CaseCursor(c.attention(), c.nextDueAt(), c.id());
    }

    public String encode() {
        return new KeysetToken(attention, nextDueAt, id).encode();
    }

    /** The cursor, or null when the text is not one this class made. */
    public static CaseCursor decode(String text) {
        KeysetToken token = KeysetToken.decode(text);
        return token == null ? null : new CaseCursor(token.rank(), token.at(), token.id());
    }
}
