package org.haven.training.infrastructure;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.haven.platform.pdf.PdfText;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The certificate as a one-page PDF (A4 landscape, standard fonts), with Apache PDFBox like the evidence dossier.
 * Every text comes from the caller in the reader's language: this class only lays it out, centred, wrapped.
 */
public final class CertificatePdf {

    /** The texts of a certificate, already translated and formatted. */
    /** {@code school}: where the holder works ("Collège Victor Hugo"), null for district staff. */
    public record Content(String heading, String intro, String holder, String school, String completed,
                          String moduleTitle,
                          String issued, String expires, String codeLabel, String code, String verifyHint,
                          String documentTitle) {
    }

    private static final float MARGIN = 60;
    private static final Color INK = new Color(0x1b, 0x2a, 0x3a);
    private static final Color ACCENT = new Color(0x2d, 0x4a, 0x6b);

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
    private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private PDPageContentStream out;
    private float y;

    private CertificatePdf() {
    }

    public static byte[] render(Content c) {
        try {
            return new CertificatePdf().draw(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] draw(Content c) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(c.documentTitle());
            info.setCreator("Haven");
            PDPage page = new PDPage(size);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                out = stream;
                y = size.getHeight() - MARGIN;
                line(c.heading(), bold, 30, INK, 30);
                line(c.intro(), regular, 14, INK, 18);
                line(c.holder(), bold, 26, INK, 18);
                if (c.school() != null) {
                    line(c.school(), regular, 14, INK, 6);
                }
                line(c.completed(), regular, 14, INK, 10);
                line(c.moduleTitle(), bold, 20, ACCENT, 28);
                line(c.issued(), regular, 13, INK, 6);
                if (c.expires() != null) {
                    line(c.expires(), regular, 13, INK, 6);
                }
                line(c.codeLabel() + " " + c.code(), mono, 15, INK, 30);
                line(c.verifyHint(), regular, 11, INK, 4);
            }
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** Writes a paragraph centred, wrapped to the page width, after some space. */
    private void line(String text, PDType1Font font, float fontSize, Color color, float spaceBefore)
            throws IOException {
        y -= spaceBefore;
        float width = size.getWidth() - 2 * MARGIN;
        for (String part : PdfText.wrap(PdfText.safe(text).replace('\n', ' '), font, fontSize, width)) {
            y -= fontSize * 1.2f;
            float textWidth = PdfText.width(part, font, fontSize);
            out.beginText();
            out.setFont(font, fontSize);
            out.setNonStrokingColor(color);
            out.newLineAtOffset((size.getWidth() - textWidth) / 2, y);
            out.showText(part);
            out.endText();
        }
    }
}
