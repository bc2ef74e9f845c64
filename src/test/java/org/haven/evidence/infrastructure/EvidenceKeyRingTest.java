package org.haven.evidence.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceKeyRingTest {

    static String b64(int seed) {
        byte[] raw = new byte[32];
        java.util.Arrays.fill(raw, (byte) seed);
        return Base64.getEncoder().encodeToString(raw);
    }

    @Test
    void aBareKeyIsTheActiveKeyK1() {
        EvidenceKeyRing ring = EvidenceKeyRing.parse(b64(1), null, null).orElseThrow();
        assertEquals("k1", ring.activeId());
        assertEquals(Set.of("k1"), ring.ids());
    }

    @Test
    void olderKeysReadOldBlobsWhileTheActiveOneSealsNewOnes() {
        EvidenceKeyRing ring = EvidenceKeyRing.parse("2026:" + b64(2), "2025:" + b64(1) + ", 2024:" + b64(0), null)
                .orElseThrow();
        assertEquals("2026", ring.activeId());
        assertEquals(Set.of("2024", "2025", "2026"), ring.ids());
        assertArrayEquals(Base64.getDecoder().decode(b64(1)), ring.get("2025").getEncoded());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> ring.get("2023"));
        assertTrue(missing.getMessage().contains("2023"));
    }

    @Test
    void theActiveIdCanNameAnotherKeyOfTheRing() {
        EvidenceKeyRing ring = EvidenceKeyRing.parse(null, "a:" + b64(1) + ",b:" + b64(2), "b").orElseThrow();
        assertEquals("b", ring.activeId());
    }

    @Test
    void noKeyAtAllIsEmpty() {
        assertEquals(Optional.empty(), EvidenceKeyRing.parse(null, " ", null));
    }

    @Test
    void malformedKeysAreRefusedWithoutEchoingThem() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> EvidenceKeyRing.parse(shortKey, null, null));
        assertTrue(tooShort.getMessage().contains("32 bytes"));
        assertFalse(tooShort.getMessage().contains(shortKey));
        assertThrows(IllegalArgumentException.class, () -> EvidenceKeyRing.parse("k:not base64!", null, null));
        assertThrows(IllegalArgumentException.class, () -> EvidenceKeyRing.parse("bad id:" + b64(1), null, null));
        assertThrows(IllegalArgumentException.class, () -> EvidenceKeyRing.parse(b64(1), "k1:" + b64(2), null),
                "an id twice");
        assertThrows(IllegalArgumentException.class, () -> EvidenceKeyRing.parse(b64(1), null, "other"));
        assertThrows(IllegalArgumentException.class, () -> EvidenceKeyRing.parse(null, "a:" + b64(1), null),
                "older keys without an active one");
    }
}
