package org.haven.reporting.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InboxCursorTest {

    @Test
    void aCursorSurvivesEncodingToTheMicrosecond() {
        InboxCursor c = new InboxCursor(0, Instant.parse("2026-12-07T10:00:00.123456Z"), 42);

        assertEquals(c, InboxCursor.decode(c.encode()));
    }

    @Test
    void timesBeforeTheEpochSurviveToo() {
        InboxCursor c = new InboxCursor(1, Instant.parse("1969-12-31T23:59:59.999999Z"), 7);

        assertEquals(c, InboxCursor.decode(c.encode()));
    }

    @Test
    void textThatNoCursorMadeIsRefused() {
        assertNull(InboxCursor.decode("not base64 !"));
        assertNull(InboxCursor.decode(encode("1:2")));
        assertNull(InboxCursor.decode(encode("5:0:1")));
        assertNull(InboxCursor.decode(encode("a:0:1")));
        assertNull(InboxCursor.decode(null));
        assertNull(InboxCursor.decode(" "));
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes());
    }
}
