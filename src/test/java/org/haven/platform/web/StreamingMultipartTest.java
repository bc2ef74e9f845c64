package org.haven.platform.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamingMultipartTest {

    static final String B = "----haven-boundary-123";

    static byte[] body(byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("preamble\r\n--" + B + "\r\nContent-Disposition: form-data; name=\"t\"\r\n\r\nREPORT:1\r\n--" + B
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\capture %221%22 écran.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + B + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Hands out a few bytes at a time, as a network does. */
    static InputStream trickle(byte[] b) {
        return new ByteArrayInputStream(b) {
            @Override
            public synchronized int read(byte[] buf, int off, int len) {
                return super.read(buf, off, Math.min(len, 7));
            }
        };
    }

    @Test
    void fieldsAndAFileComeOutAsSent() throws Exception {
        byte[] file = new byte[300_000];
        new Random(1).nextBytes(file);
        // A fake boundary inside the file must not end it.
        System.arraycopy(("\r\n--" + B.substring(0, 10)).getBytes(StandardCharsets.US_ASCII), 0, file, 1000, 14);
        StreamingMultipart parts = new StreamingMultipart(trickle(body(file)), B);

        StreamingMultipart.Part t = parts.next().orElseThrow();
        assertEquals("t", t.name());
        assertNull(t.fileName());
        assertEquals("REPORT:1", new String(t.body().readAllBytes(), StandardCharsets.UTF_8));
        StreamingMultipart.Part f = parts.next().orElseThrow();
        assertEquals("file", f.name());
        assertEquals("C:\\capture %221%22 écran.png", f.fileName(), "a backslash is no escape");
        assertEquals("image/png", f.contentType());
        assertArrayEquals(file, f.body().readAllBytes());
        assertTrue(parts.next().isEmpty());
    }

    @Test
    void anUnreadPartIsSkippedByAskingForTheNext() throws Exception {
        StreamingMultipart parts = new StreamingMultipart(new ByteArrayInputStream(body(new byte[10])), B);
        assertEquals("t", parts.next().orElseThrow().name());
        assertEquals("file", parts.next().orElseThrow().name());
        assertTrue(parts.next().isEmpty());
    }

    @Test
    void aBodyWithoutBoundaryHasNoPart() throws Exception {
        assertTrue(new StreamingMultipart(new ByteArrayInputStream("garbage".getBytes()), "zz").next().isEmpty());
    }

    @Test
    void aBodyCutInAPartIsMalformed() {
        byte[] whole = body(new byte[1000]);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 30);
        assertThrows(StreamingMultipart.MalformedException.class, () -> {
            StreamingMultipart parts = new StreamingMultipart(new ByteArrayInputStream(cut), B);
            parts.next();
            parts.next().orElseThrow().body().readAllBytes();
            parts.next();
        });
    }

    @Test
    void theBoundaryIsReadFromTheContentType() {
        assertEquals("abc", StreamingMultipart.boundary("multipart/form-data; boundary=abc"));
        assertEquals("a b", StreamingMultipart.boundary("Multipart/Form-Data; charset=x; boundary=\"a b\""));
        assertNull(StreamingMultipart.boundary("multipart/form-data"));
        assertNull(StreamingMultipart.boundary("application/json; boundary=abc"));
        assertNull(StreamingMultipart.boundary(null));
    }
}
