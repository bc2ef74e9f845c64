package org.haven.evidence.infrastructure;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.haven.evidence.domain.DossierContent;
import org.haven.evidence.domain.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dossier's PDF (text extracted back) and ZIP (its SHA256SUMS manifest checked, also by sha256sum). */
class DossierFilesTest {

    static final Instant AT = Instant.parse("2026-03-14T15:30:00Z");
    static final byte[] PNG = Samples.png();
    static final byte[] TEXT = "Message reçu le 12 mars : « on va te retrouver »\n".getBytes(StandardCharsets.UTF_8);

    static DossierContent content() throws Exception {
        List<DossierContent.CustodyLine> custody = List.of(
                new DossierContent.CustodyLine(AT, "reporter", "ADDED", "report form"),
                new DossierContent.CustodyLine(AT.plusSeconds(60), "referent.college", "EXPORTED", "dossier export"));
        return new DossierContent(new DossierContent.OwnerDossier("Signalement n° 42", "Collège Victor Hugo", "R-42",
                List.of("Catégorie : Menaces", "Ce qui s’est passé : des menaces 😡 sur Snapchat"),
                List.of(new DossierContent.TimelineEntry(AT, "L’élève", "Signalement reçu"))),
                AT.plusSeconds(120), "referent.college",
                List.of(new DossierContent.Item(7, "capture écran.png", "image/png", PNG.length, sha(PNG), AT,
                                "reporter", custody, ImagePreviews.render(new ByteArrayInputStream(PNG), 600)
                                .orElseThrow()),
                        new DossierContent.Item(8, "message.txt", "text/plain", TEXT.length, sha(TEXT), AT,
                                "referent.college", custody, null)),
                List.of(new DossierContent.Link("https://snapchat.com/add/x", AT, "Snapchat", "@x", null)));
    }

    static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static byte[] pdf(DossierContent c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DossierPdf.write(c, key -> "[" + key + "]", ZoneId.of("Europe/Paris"), out);
        return out.toByteArray();
    }

    @Test
    void thePdfHoldsTheSummaryTimelineHashesAndCustody() throws Exception {
        DossierContent c = content();

        String text;
        try (PDDocument doc = Loader.loadPDF(pdf(c))) {
            text = new PDFTextStripper().getText(doc);
            assertEquals("Signalement n° 42", doc.getDocumentInformation().getTitle());
        }

        assertTrue(text.contains("Signalement n° 42"), text);
        assertTrue(text.contains("Collège Victor Hugo — R-42"));
        assertTrue(text.contains("des menaces ? sur Snapchat"), "a character the font lacks is a '?'");
        assertTrue(text.contains("2026-03-14 16:30"), "times in the district's zone");
        assertTrue(text.contains(sha(PNG)));
        assertTrue(text.contains(sha(TEXT)));
        assertTrue(text.contains("capture écran.png"));
        assertTrue(text.contains("EXPORTED") && text.contains("referent.college"));
        assertTrue(text.contains("https://snapchat.com/add/x"));
        assertTrue(text.contains("[dossier.custody]"), "headings come from the bundle");
    }

    @Test
    void theZipManifestListsEveryFileWithItsSha256() throws Exception {
        DossierContent c = content();
        Map<String, byte[]> originals = Map.of("files/7-capture écran.png", PNG, "files/8-message.txt", TEXT);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();

        DossierZip.write(c, out -> DossierPdf.write(c, k -> k, ZoneId.of("UTC"), out),
                (item, out) -> out.write(originals.get(item.zipPath())), zip);

        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()),
                StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertEquals(List.of("dossier.pdf", "files/7-capture écran.png", "files/8-message.txt", "SHA256SUMS"),
                List.copyOf(entries.keySet()));
        String manifest = new String(entries.get("SHA256SUMS"), StandardCharsets.UTF_8);
        String[] lines = manifest.split("\n");
        assertEquals(3, lines.length);
        for (String line : lines) {
            String hash = line.substring(0, 64);
            String path = line.substring(66);
            assertEquals("  ", line.substring(64, 66));
            assertEquals(sha(entries.get(path)), hash, path);
        }
        assertTrue(manifest.contains(sha(PNG) + "  files/7-capture écran.png"));
    }

    @Test
    void sha256sumChecksTheUnpackedZip(@TempDir Path dir) throws Exception {
        Path tool = Path.of("/usr/bin/sha256sum");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(tool), "coreutils' sha256sum");
        DossierContent c = content();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        DossierZip.write(c, out -> DossierPdf.write(c, k -> k, ZoneId.of("UTC"), out),
                (item, out) -> out.write(item.id() == 7 ? PNG : TEXT), zip);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()),
                StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                Path target = dir.resolve(e.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }

        Process ok = new ProcessBuilder(tool.toString(), "-c", "SHA256SUMS").directory(dir.toFile())
                .redirectErrorStream(true).start();
        String said = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, ok.waitFor(), said);
        Files.write(dir.resolve("files/8-message.txt"), "changed".getBytes(StandardCharsets.UTF_8));
        Process changed = new ProcessBuilder(tool.toString(), "-c", "SHA256SUMS").directory(dir.toFile())
                .redirectErrorStream(true).start();
        changed.getInputStream().readAllBytes();
        assertEquals(1, changed.waitFor(), "a changed file fails the check");
    }
}
