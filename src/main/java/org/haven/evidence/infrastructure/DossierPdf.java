package org.haven.evidence.infrastructure;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.haven.evidence.domain.DossierContent;
import org.haven.platform.pdf.PdfText;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The dossier as a PDF (Apache PDFBox): title, school and number, the summary, the timeline, the links, then each
 * piece of evidence with its SHA-256, a preview of pictures (already stripped of metadata) and its custody log.
 * Standard fonts only (nothing to embed or fetch): a character they cannot show is printed as '?'.
 */
public final class DossierPdf {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float PREVIEW_MAX = 220;

    private final PDDocument doc;
    private final Function<String, String> label;
    private final DateTimeFormatter time;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private PDPageContentStream out;
    private float y;

    private DossierPdf(PDDocument doc, Function<String, String> label, ZoneId zone) {
        this.doc = doc;
        this.label = label;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    /** Writes the dossier; {@code label} gives the text of each heading key in the reader's language. */
    public static void write(DossierContent content, Function<String, String> label, ZoneId zone, OutputStream sink)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            DossierPdf pdf = new DossierPdf(doc, label, zone);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(pdf.safe(content.owner().title()));
            info.setProducer("Haven");
            pdf.body(content);
            pdf.out.close();
            doc.save(sink);
        }
    }

    private void body(DossierContent c) throws IOException {
        newPage();
        text(c.owner().title(), bold, 16);
        text(c.owner().school() + " — " + c.owner().number(), regular, 11);
        text(label.apply("dossier.generated") + " " + time.format(c.generatedAt()) + " — " + c.generatedBy(),
                regular, 9);
        heading("dossier.summary");
        for (String line : c.owner().summary()) {
            text(line, regular, 10);
        }
        heading("dossier.timeline");
        for (DossierContent.TimelineEntry e : c.owner().timeline()) {
            text(time.format(e.when()) + " — " + e.who() + " — " + e.what(), regular, 10);
        }
        if (!c.links().isEmpty()) {
            heading("dossier.links");
            for (DossierContent.Link l : c.links()) {
                text(l.url(), mono, 9);
                text(join(l.seenAt() == null ? null : label.apply("dossier.seen") + " " + time.format(l.seenAt()),
                        l.platform(), l.handle(), l.note()), regular, 9);
            }
        }
        heading("dossier.evidence");
        if (c.evidence().isEmpty()) {
            text(label.apply("dossier.noEvidence"), regular, 10);
        }
        for (DossierContent.Item item : c.evidence()) {
            space(8);
            text(item.id() + ". " + item.fileName(), bold, 11);
            text(item.contentType() + ", " + item.size() + " " + label.apply("dossier.bytes") + " — "
                    + label.apply("dossier.added") + " " + time.format(item.addedAt()) + " — " + item.addedBy(),
                    regular, 9);
            text("SHA-256 " + item.sha256(), mono, 8);
            if (item.previewPng() != null) {
                image(item.previewPng());
            }
            text(label.apply("dossier.custody"), bold, 9);
            for (DossierContent.CustodyLine l : item.custody()) {
                text(time.format(l.at()) + "  " + l.action() + "  " + l.actor() + "  (" + l.place() + ")", regular, 8);
            }
        }
    }

    private void heading(String key) throws IOException {
        space(10);
        text(label.apply(key), bold, 13);
    }

    private void text(String value, PDType1Font font, float size) throws IOException {
        for (String paragraph : (value == null ? "" : value).split("\\R")) {
            for (String line : PdfText.wrap(safe(paragraph), font, size, WIDTH)) {
                float lead = size * 1.35f;
                if (y - lead < MARGIN) {
                    newPage();
                }
                y -= lead;
                out.beginText();
                out.setFont(font, size);
                out.newLineAtOffset(MARGIN, y);
                out.showText(line);
                out.endText();
            }
        }
    }

    private void image(byte[] png) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(doc, png, "preview.png");
        float scale = Math.min(1f, PREVIEW_MAX / Math.max(image.getWidth(), image.getHeight()));
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        if (y - h - 6 < MARGIN) {
            newPage();
        }
        y -= h + 6;
        out.drawImage(image, MARGIN, y, w, h);
    }

    private void space(float points) throws IOException {
        if (y - points < MARGIN) {
            newPage();
        } else {
            y -= points;
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }



    /** The text with every character the standard fonts cannot encode replaced by '?'. */
    String safe(String text) {
        StringBuilder b = new StringBuilder();
        (text == null ? "" : text).codePoints().forEach(c -> {
            if (c == '\t') {
                b.append(' ');
            } else if (!Character.isISOControl(c) && encodable.computeIfAbsent(c, this::canEncode)) {
                b.appendCodePoint(c);
            } else if (!Character.isISOControl(c)) {
                b.append('?');
            }
        });
        return b.toString();
    }

    private boolean canEncode(int codePoint) {
        try {
            regular.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                b.append(b.isEmpty() ? "" : " — ").append(p);
            }
        }
        return b.toString();
    }
}
