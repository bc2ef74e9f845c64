package org.haven.evidence.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the vault refuses beyond {@link FileType}: archives (a zip bomb cannot hide in what is never opened),
 * content that does not match the type its sender declared (by MIME type, or by the name's extension when the
 * type is generic), and files cut short (a picture or PDF without its end marker).
 */
public final class ContentRules {

    private ContentRules() {
    }

    /** The kind of archive these first bytes start, if any. */
    public static Optional<String> archive(byte[] head) {
        if (starts(head, 'P', 'K', 3, 4) || starts(head, 'P', 'K', 5, 6) || starts(head, 'P', 'K', 7, 8)) {
            return Optional.of("zip");
        }
        if (starts(head, 0x1F, 0x8B)) {
            return Optional.of("gzip");
        }
        if (starts(head, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return Optional.of("7z");
        }
        if (starts(head, 'R', 'a', 'r', '!')) {
            return Optional.of("rar");
        }
        if (starts(head, 'B', 'Z', 'h')) {
            return Optional.of("bzip2");
        }
        if (starts(head, 0xFD, '7', 'z', 'X', 'Z', 0)) {
            return Optional.of("xz");
        }
        if (starts(head, 0x28, 0xB5, 0x2F, 0xFD)) {
            return Optional.of("zstd");
        }
        if (head.length >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
            return Optional.of("tar");
        }
        return Optional.empty();
    }

    /**
     * Whether the sender declared a kind of file (image, video, PDF, text) other than the content's. A generic
     * or absent declaration is judged by the name's extension; an unknown extension declares nothing.
     */
    public static boolean disguised(String declaredType, String fileName, String detectedType) {
        Optional<String> declared = family(declaredType).or(() -> familyOfName(fileName));
        return declared.isPresent() && !declared.get().equals(family(detectedType).orElse("?"));
    }

    private static final List<String> MARKUP = List.of("<html", "<!doctype", "<script", "<iframe",
            "<svg", "<?php", "<body", "<object", "<embed");

    /**
     * Whether these bytes hold something else besides what their type says: markup or script that a browser
     * would run (a JPEG header followed by HTML), or a program (an MZ/PE header, ELF) inside a picture, video or
     * PDF. Text files are checked by {@link FileType} (a program is not text).
     */
    public static boolean mixed(String detectedType, byte[] bytes) {
        if (detectedType.equals("text/plain")) {
            return false;
        }
        String ascii = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return MARKUP.stream().anyMatch(ascii::contains)
                || ascii.contains("this program cannot be run in dos mode")
                || ascii.contains("\u007felf");
    }

    /**
     * An extension that makes a file run when opened: never accepted in a name. A saved page ({@code .html}) is
     * still accepted: it is evidence, stored as the text it is and downloaded as {@code .txt}, sandboxed.
     */
    public static boolean executableName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot >= 0 && Set.of("exe", "com", "bat", "cmd", "scr", "msi", "dll", "ps1", "vbs", "js",
                "jar", "apk", "sh", "hta", "lnk", "php", "pif", "cpl", "wsf").contains(lower.substring(dot + 1));
    }

    /** The extension a download gets for this detected type. */
    public static String extension(String detectedType) {
        return switch (detectedType) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/gif" -> "gif";
            case "image/webp" -> "webp";
            case "image/heic" -> "heic";
            case "application/pdf" -> "pdf";
            case "video/webm" -> "webm";
            case "video/quicktime" -> "mov";
            case "video/mp4" -> "mp4";
            case "text/plain" -> "txt";
            default -> "bin";
        };
    }

    /** Whether the file misses the end marker its format requires. */
    public static boolean truncated(String detectedType, byte[] tail) {
        return switch (detectedType) {
            case "image/png" -> !endsWith(tail, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82);
            case "image/jpeg" -> !contains(tail, new byte[]{(byte) 0xFF, (byte) 0xD9});
            case "image/gif" -> !contains(tail, new byte[]{0x3B});
            case "application/pdf" -> !contains(tail, "%%EOF".getBytes(StandardCharsets.US_ASCII));
            default -> false;
        };
    }

    static Optional<String> family(String mime) {
        if (mime == null) {
            return Optional.empty();
        }
        String m = mime.toLowerCase(Locale.ROOT).strip();
        int semi = m.indexOf(';');
        m = semi >= 0 ? m.substring(0, semi).strip() : m;
        if (m.startsWith("image/")) {
            return Optional.of("image");
        }
        if (m.startsWith("video/")) {
            return Optional.of("video");
        }
        if (m.equals("application/pdf")) {
            return Optional.of("pdf");
        }
        if (m.equals("text/plain")) {
            return Optional.of("text");
        }
        return Optional.empty();
    }

    static Optional<String> familyOfName(String name) {
        if (name == null || name.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        return switch (name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)) {
            case "jpg", "jpeg", "png", "gif", "webp", "heic", "heif" -> Optional.of("image");
            case "mp4", "mov", "webm", "m4v" -> Optional.of("video");
            case "pdf" -> Optional.of("pdf");
            case "txt" -> Optional.of("text");
            default -> Optional.empty();
        };
    }

    private static boolean starts(byte[] h, int... bytes) {
        if (h.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((h[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(byte[] t, int... bytes) {
        if (t.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((t[t.length - bytes.length + i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] t, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= t.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (t[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
