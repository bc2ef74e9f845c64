package org.haven.platform.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a plain document (the out-of-district handover letter, issue 20) as an A4 PDF: a title, then sections of labelled values, wrapped and paged.
 * The texts come already in the reader's language; characters the standard fonts cannot draw become '?'.
 */
public final class SectionPdf {

    /** A labelled value; a null label makes a paragraph. */
    public record Line(String label, String value) {
    }

    public record Section(String heading, List<Line> lines) {
    }

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDDocument document;
    private PDPageContentStream out;
    private float y;

    private SectionPdf() {
    }

    public static byte[] render(String title, List<Section> sections, String footer) {
        try {
            return new SectionPdf().write(title, sections, footer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(String title, List<Section> sections, String footer) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            document = doc;
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(safe(title));
            info.setCreator("Haven");
            doc.setDocumentInformation(info);
            newPage();
            paragraph(title, bold, 15);
            y -= 8;
            for (Section s : sections) {
                y -= 6;
                paragraph(s.heading(), bold, 12);
                for (Line line : s.lines()) {
                    if (line.label() != null) {
                        paragraph(line.label(), bold, 9.5f);
                    }
                    paragraph(line.value() == null || line.value().isBlank() ? "—" : line.value(), regular, 10);
                    y -= 2;
                }
            }
            y -= 10;
            paragraph(footer, regular, 8);
            out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private void paragraph(String text, PDType1Font font, float size) throws IOException {
        for (String raw : safe(text).split("\n", -1)) {
            for (String line : PdfText.wrap(raw, font, size, WIDTH)) {
                if (y < MARGIN + size) {
                    out.close();
                    newPage();
                }
                out.beginText();
                out.setFont(font, size);
                out.newLineAtOffset(MARGIN, y);
                out.showText(line);
                out.endText();
                y -= size * 1.4f;
            }
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
    static String safe(String text) {
        return PdfText.safe(text);
    }
}
