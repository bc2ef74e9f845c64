package org.haven.evidence.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells what a file is from its first bytes, never from its name or the type its sender claims: images (JPEG,
 * PNG, GIF, WebP, HEIC), PDF, common videos (MP4/MOV, WebM) and plain UTF-8 text. Anything else is refused.
 */
public final class FileType {

    /** How many leading bytes {@link #detect} needs. */
    public static final int HEAD_BYTES = 4096;

    private FileType() {
    }

    public static Optional<String> detect(byte[] head, int length) {
        byte[] h = Arrays.copyOf(head, Math.max(0, Math.min(length, head.length)));
        if (starts(h, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(h, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(h, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (starts(h, 'R', 'I', 'F', 'F') && at(h, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        if (starts(h, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (starts(h, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of("video/webm");
        }
        if (at(h, 4, 'f', 't', 'y', 'p')) {
            String brand = h.length >= 12 ? new String(h, 8, 4, StandardCharsets.US_ASCII) : "";
            if (brand.startsWith("hei") || brand.startsWith("mif1") || brand.startsWith("heic")) {
                return Optional.of("image/heic");
            }
            if (brand.startsWith("qt")) {
                return Optional.of("video/quicktime");
            }
            return Optional.of("video/mp4");
        }
        if (h.length > 0 && isText(h)) {
            return Optional.of("text/plain");
        }
        return Optional.empty();
    }

    /** UTF-8 without NUL bytes or other control characters than line breaks and tabs (the last character may be cut). */
    private static boolean isText(byte[] h) {
        for (byte b : h) {
            int c = b & 0xFF;
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0C)) {
                return false;
            }
        }
        int end = h.length;
        for (int cut = 0; cut < 4 && end > 0; cut++) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(h, 0, end));
                return true;
            } catch (CharacterCodingException e) {
                end--;
            }
        }
        return false;
    }

    private static boolean starts(byte[] h, int... bytes) {
        return at(h, 0, bytes);
    }

    private static boolean at(byte[] h, int offset, int... bytes) {
        if (h.length < offset + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((h[offset + i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
