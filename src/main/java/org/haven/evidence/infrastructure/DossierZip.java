package org.haven.evidence.infrastructure;

import org.haven.evidence.domain.DossierContent;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The dossier as a ZIP: {@code dossier.pdf}, the original files under {@code files/}, and last a
 * {@code SHA256SUMS} manifest of all of them, which anyone checks with {@code sha256sum -c SHA256SUMS} in the
 * unpacked folder. Streamed: each file goes from the vault to the ZIP a chunk at a time, hashed on the way; the
 * manifest holds the hashes of what was actually written.
 */
public final class DossierZip {

    public static final String MANIFEST = "SHA256SUMS";
    public static final String PDF = "dossier.pdf";

    private DossierZip() {
    }

    /** Copies one piece of evidence's original bytes. */
    @FunctionalInterface
    public interface Originals {
        void copy(DossierContent.Item item, OutputStream out) throws IOException;
    }

    /** Writes the PDF's bytes. */
    @FunctionalInterface
    public interface PdfWriter {
        void write(OutputStream out) throws IOException;
    }

    public static void write(DossierContent content, PdfWriter pdf, Originals originals, OutputStream sink)
            throws IOException {
        List<String> manifest = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(sink, StandardCharsets.UTF_8)) {
            manifest.add(entry(zip, PDF, pdf::write));
            for (DossierContent.Item item : content.evidence()) {
                manifest.add(entry(zip, item.zipPath(), out -> originals.copy(item, out)));
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest(manifest).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** The manifest's text: one {@code <sha256>  <path>} line per entry, in the format of {@code sha256sum}. */
    public static String manifest(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    public static String line(String sha256Hex, String path) {
        return sha256Hex + "  " + path;
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static String entry(ZipOutputStream zip, String path, Body body) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        MessageDigest sha = sha256();
        OutputStream unclosable = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        try (DigestOutputStream out = new DigestOutputStream(unclosable, sha)) {
            body.write(out);
        }
        zip.closeEntry();
        return line(HexFormat.of().formatHex(sha.digest()), path);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
