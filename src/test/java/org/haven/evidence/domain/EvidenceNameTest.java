package org.haven.evidence.domain;

import org.haven.platform.errors.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EvidenceNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "dossier/photo.jpg", "C:\\Users\\x\\photo.jpg", "..", "/"})
    void aNameWithAPathIsRefused(String name) {
        Refusal e = assertThrows(Refusal.class, () -> EvidenceName.check(name, "file"));
        assertEquals("evidence.name.path", e.errors().getFirst().key());
        assertEquals("file", e.errors().getFirst().field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pho\u0000to.jpg", "a\r\nb.png", "\u001b[31ma.txt", "x\u0085.png", "gpj\u202Eexe.jpg",
            "a\u200Bb.png"})
    void controlAndInvisibleFormattingCharactersAreRefused(String name) {
        Refusal e = assertThrows(Refusal.class, () -> EvidenceName.check(name, "f"));
        assertEquals("evidence.name.control", e.errors().getFirst().key());
    }

    @Test
    void aNameOver255CharactersIsRefused() {
        Refusal e = assertThrows(Refusal.class,
                () -> EvidenceName.check("a".repeat(252) + ".png", "file"));
        assertEquals("evidence.name.tooLong", e.errors().getFirst().key());
        assertEquals(255, e.errors().getFirst().args()[0]);
        assertEquals(("a".repeat(251) + ".png"), EvidenceName.check("a".repeat(251) + ".png", "file"));
    }

    @ParameterizedTest
    @CsvSource({"capture écran.png,capture écran.png", "' photo.jpg ',photo.jpg", "صورة.png,صورة.png",
            "😡.jpg,😡.jpg", "<img src=x>.png,<img src=x>.png"})
    void ordinaryNamesAreKeptAsGiven(String given, String kept) {
        assertEquals(kept, EvidenceName.check(given, "file"));
    }

    @Test
    void aFamilyEmojiWithZeroWidthJoinersIsAName() {
        assertEquals("👨\u200D👩\u200D👧.png", EvidenceName.check("👨\u200D👩\u200D👧.png", "file"));
    }

    @Test
    void noNameBecomesFile() {
        assertEquals("file", EvidenceName.check(null, "file"));
        assertEquals("file", EvidenceName.check("  ", "file"));
    }
}
