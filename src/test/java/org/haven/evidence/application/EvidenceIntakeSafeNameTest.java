package org.haven.evidence.application;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The name an evidence file is kept under: the last part of what was sent, never a path, never a control. */
class EvidenceIntakeSafeNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "capture.png|capture.png",
            "'  capture écran 2026-11-28.png  '|capture écran 2026-11-28.png",
            "../../etc/passwd|passwd",
            "..\\..\\Windows\\System32\\evil.dll|evil.dll",
            "C:\\Users\\léa\\Pictures\\insulte.jpg|insulte.jpg",
            "/var/tmp/|file",
            "dir/|file",
            "NULL|file",
            "''|file",
            "'   '|file",
            "photo.jpg/|file"})
    void onlyTheLastPartOfTheNameIsKept(String given, String kept) {
        assertEquals(kept, EvidenceIntake.safeName(given));
    }

    @Test
    void controlCharactersAreRemoved() {
        assertEquals("photo.jpg", EvidenceIntake.safeName("pho\u0000to\r\n.jpg"));
        assertEquals("[31ma.txt", EvidenceIntake.safeName("\u001b[31ma.txt"), "the escape goes, the text stays");
        assertEquals("file", EvidenceIntake.safeName("\u0000\u0001\u0002"));
        assertEquals("x.png", EvidenceIntake.safeName("\u0085x.png\u009f"), "C1 controls too");
    }

    @Test
    void atMost255CharactersKeepingTheEnd() {
        String name = "a".repeat(300) + ".png";

        String kept = EvidenceIntake.safeName(name);

        assertEquals(255, kept.length());
        assertTrue(kept.endsWith(".png"), "the extension is kept");
    }

    @Test
    void nonLatinNamesAndEmojiAreKept() {
        assertEquals("صورة.png", EvidenceIntake.safeName("صورة.png"));
        assertEquals("😡.jpg", EvidenceIntake.safeName("dossier/😡.jpg"));
    }

    @Test
    void anHtmlNameStaysTextNeverAPath() {
        String kept = EvidenceIntake.safeName("<img src=x onerror=alert(1)>.png");

        assertEquals("<img src=x onerror=alert(1)>.png", kept, "kept as text: it is escaped wherever it is shown");
        assertFalse(kept.contains("/"));
    }
}
