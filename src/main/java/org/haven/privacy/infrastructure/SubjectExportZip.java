package org.haven.privacy.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.haven.platform.pdf.PdfText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The subject-access export as a ZIP: data.json (everything, machine-readable, as GDPR article 20 asks) and
 * summary.pdf (what there is, section by section, for a person to read). Already redacted by the caller.
 */
public final class SubjectExportZip {

    private SubjectExportZip() {
    }

    public static byte[] of(Map<String, Object> data, Instant at) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("data.json"));
            JsonObjectBuilder root = Json.createObjectBuilder().add("exportedAt", at.toString());
            data.forEach((k, v) -> root.add(k, json(v)));
            zip.write(root.build().toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("summary.pdf"));
            zip.write(pdf(data, at));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonValue json(Object v) {
        if (v == null) {
            return JsonValue.NULL;
        }
        if (v instanceof Map<?, ?> m) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            m.forEach((k, x) -> o.add(String.valueOf(k), json(x)));
            return o.build();
        }
        if (v instanceof List<?> l) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            l.forEach(x -> a.add(json(x)));
            return a.build();
        }
        if (v instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (v instanceof Number n) {
            return Json.createValue(n.longValue());
        }
        return Json.createValue(String.valueOf(v));
    }

    private static byte[] pdf(Map<String, Object> data, Instant at) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Haven - what we hold about you (exported " + at + ")");
        lines.add("");
        data.forEach((section, value) -> {
            List<?> rows = value instanceof List<?> l ? l : List.of(value);
            lines.add(section + ": " + rows.size());
            for (Object row : rows) {
                lines.add("  - " + String.valueOf(row));
            }
        });
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPageContentStream s = null;
            float y = 0;
            for (String line : lines) {
                for (String part : PdfText.wrap(PdfText.safe(line).replace('\n', ' '), font, 9, 500)) {
                    if (s == null || y < 50) {
                        if (s != null) {
                            s.endText();
                            s.close();
                        }
                        PDPage page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        s = new PDPageContentStream(doc, page);
                        s.beginText();
                        s.setFont(font, 9);
                        s.newLineAtOffset(50, 790);
                        y = 790;
                    }
                    s.showText(part);
                    s.newLineAtOffset(0, -12);
                    y -= 12;
                }
            }
            if (s != null) {
                s.endText();
                s.close();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
