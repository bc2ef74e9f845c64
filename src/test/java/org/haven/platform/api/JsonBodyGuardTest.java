package org.haven.platform.api;

import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonBodyGuardTest {

    private static final String VALID = "{\"schoolCode\":\"DEMO-ECOLE\",\"risk\":{\"immediateDanger\":true},"
            + "\"platforms\":[\"A\",\"B\"],\"n\":12.5e3}";

    private static int status(String body) {
        JsonBodyGuard.Refused e = assertThrows(JsonBodyGuard.Refused.class,
                () -> JsonBodyChecks.check(body.getBytes(StandardCharsets.UTF_8)));
        return e.status();
    }

    @Test
    void aValidBodyPasses() {
        assertDoesNotThrow(() -> JsonBodyChecks.check(VALID.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFifteenBytesThatHungAThreadAreRefused() {
        assertEquals(400, status("{\"values\":{\"a\":"));
    }

    @Test
    void everyTruncationOfAValidBodyIsRefused() {
        for (int cut = 1; cut < VALID.length(); cut++) {
            assertEquals(400, status(VALID.substring(0, cut)), "cut at " + cut);
        }
    }

    @Test
    void deepNestingAndHugeNumbersAreRefused() {
        assertEquals(400, status("[".repeat(40) + "]".repeat(40)));
        assertEquals(400, status("{\"n\":1e999999999}"));
        assertEquals(400, status("{\"n\":" + "9".repeat(100) + "}"));
        assertEquals(400, status("{\"a\":1} trailing"));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        byte[] big = new byte[JsonBodyGuard.MAX_BYTES + 10];
        JsonBodyGuard.Refused e = assertThrows(JsonBodyGuard.Refused.class,
                () -> JsonBodyGuard.readBounded(new ByteArrayInputStream(big), System.nanoTime()));
        assertEquals(413, e.status());
    }

    /** Issue 14, finding 8: one rule for every text of every body, a NUL refused on the property that holds it. */
    @Test
    void aControlCharacterInAnyTextIsRefusedOnItsProperty() {
        Map<String, String> fields = Map.of("{\"body\":\"a\\u0000b\"}", "body",
                "{\"n\":1,\"x\":{\"label\":\"bell\\u0007\"}}", "x.label",
                "{\"platforms\":[\"ok\",\"esc\\u001b[31m\"]}", "platforms[1]",
                "{\"links\":[{\"url\":\"https://a.example\"},{\"url\":\"b\",\"note\":\"\\u0000\"}]}", "links[1].note",
                "[\"a\",\"\\u0000\"]", "[1]");
        fields.forEach((body, field) -> {
            Refusal e = assertThrows(Refusal.class,
                    () -> JsonBodyChecks.check(body.getBytes(StandardCharsets.UTF_8)), body);
            assertInstanceOf(Invalid.class, e);
            assertEquals(field, e.errors().get(0).field(), body);
            assertEquals("text.controlCharacters", e.errors().get(0).key(), body);
        });
    }

    @Test
    void lineBreaksAndTabsStayAllowed() {
        assertDoesNotThrow(() -> JsonBodyChecks.check("{\"body\":\"a\\nb\\r\\n\\tc\"}".getBytes(StandardCharsets.UTF_8)));
    }
}
