package org.haven.evidence.domain;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentRulesTest {

    @Test
    void archivesAreRecognisedFromTheirFirstBytes() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("bomb.txt"));
            z.write(new byte[100_000]);
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
            g.write(new byte[1000]);
        }
        byte[] tar = new byte[512];
        System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, tar, 257, 5);

        assertEquals(Optional.of("zip"), ContentRules.archive(zip.toByteArray()));
        assertEquals(Optional.of("gzip"), ContentRules.archive(gz.toByteArray()));
        assertEquals(Optional.of("tar"), ContentRules.archive(tar));
        assertEquals(Optional.of("7z"), ContentRules.archive(new byte[]{'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C}));
        assertEquals(Optional.of("rar"), ContentRules.archive("Rar!\u001a\u0007".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), ContentRules.archive(Samples.png()));
        assertEquals(Optional.empty(), ContentRules.archive("PK is a nice name".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void contentOfAnotherKindThanDeclaredIsDisguised() {
        assertTrue(ContentRules.disguised("image/jpeg", "photo.jpg", "text/plain"), "HTML sent as a JPEG");
        assertTrue(ContentRules.disguised("application/octet-stream", "photo.jpg", "application/pdf"),
                "a generic type: the extension declares");
        assertTrue(ContentRules.disguised(null, "clip.mp4", "image/png"));
        assertTrue(ContentRules.disguised("application/pdf", "x", "image/png"));
    }

    @Test
    void contentOfTheDeclaredKindOrWithoutDeclarationIsNot() {
        assertFalse(ContentRules.disguised("image/jpeg", "capture.jpg", "image/png"), "a picture is a picture");
        assertFalse(ContentRules.disguised("image/png; charset=x", "capture", "image/png"));
        assertFalse(ContentRules.disguised(null, "notes", "text/plain"));
        assertFalse(ContentRules.disguised("application/octet-stream", "chat.html", "text/plain"),
                "an unknown extension declares nothing");
        assertFalse(ContentRules.disguised(null, null, "video/mp4"));
    }

    @Test
    void aPictureOrPdfWithoutItsEndIsTruncated() {
        byte[] png = Samples.png();
        byte[] cut = Arrays.copyOf(png, png.length - 5);
        byte[] jpeg = Samples.jpeg();

        assertFalse(ContentRules.truncated("image/png", tail(png)));
        assertTrue(ContentRules.truncated("image/png", tail(cut)));
        assertFalse(ContentRules.truncated("image/jpeg", tail(jpeg)));
        assertTrue(ContentRules.truncated("image/jpeg", tail(Arrays.copyOf(jpeg, jpeg.length - 2))));
        assertFalse(ContentRules.truncated("application/pdf", "%PDF-1.7\n...\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(ContentRules.truncated("application/pdf", "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(ContentRules.truncated("text/plain", new byte[]{'a'}), "text has no end marker");
    }


    /** Issue 14: a JPEG header followed by HTML, or a program after text, was accepted. */
    @Test
    void mixedContentAndExecutableNamesAreRecognised() {
        byte[] jpeg = Samples.jpeg();
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] jpegThenHtml = Arrays.copyOf(Arrays.copyOf(jpeg, 20), 20 + html.length);
        System.arraycopy(html, 0, jpegThenHtml, 20, html.length);

        assertTrue(ContentRules.mixed("image/jpeg", jpegThenHtml));
        assertFalse(ContentRules.mixed("image/jpeg", jpeg));
        assertTrue(ContentRules.mixed("application/pdf",
                "%PDF-1.4 MZ This program cannot be run in DOS mode".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(ContentRules.executableName("photo.jpg.exe"));
        assertTrue(ContentRules.executableName("setup.EXE"));
        assertFalse(ContentRules.executableName("chat.html"));
        assertFalse(ContentRules.executableName("capture.png"));
        assertFalse(ContentRules.executableName("capture"));
        assertEquals("jpg", ContentRules.extension("image/jpeg"));
    }

    private static byte[] tail(byte[] b) {
        return Arrays.copyOfRange(b, Math.max(0, b.length - 1024), b.length);
    }
}
