package org.haven.training.infrastructure;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

/**
 * The certificate as a one-page PDF (A4 landscape, standard fonts). Every text comes from the caller in the
 * reader's language: this class only lays it out.
 */
public final class CertificatePdf {

    /** The texts of a certificate, already translated and formatted. */
    public record Content(String heading, String intro, String holder, String completed, String moduleTitle,
                          String issued, String expires, String codeLabel, String code, String verifyHint,
                          String documentTitle) {
    }

    private CertificatePdf() {
    }

    public static byte[] render(Content c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 60, 60);
        PdfWriter.getInstance(document, out);
        document.addTitle(c.documentTitle());
        document.addCreator("Haven");
        document.open();
        Color ink = new Color(0x1b, 0x2a, 0x3a);
        add(document, c.heading(), new Font(Font.HELVETICA, 30, Font.BOLD, ink), 30);
        add(document, c.intro(), new Font(Font.HELVETICA, 14, Font.NORMAL, ink), 18);
        add(document, c.holder(), new Font(Font.HELVETICA, 26, Font.BOLD, ink), 18);
        add(document, c.completed(), new Font(Font.HELVETICA, 14, Font.NORMAL, ink), 10);
        add(document, c.moduleTitle(), new Font(Font.HELVETICA, 20, Font.BOLD, new Color(0x2d, 0x4a, 0x6b)), 28);
        add(document, c.issued(), new Font(Font.HELVETICA, 13, Font.NORMAL, ink), 6);
        if (c.expires() != null) {
            add(document, c.expires(), new Font(Font.HELVETICA, 13, Font.NORMAL, ink), 6);
        }
        add(document, c.codeLabel() + " " + c.code(), new Font(Font.COURIER, 15, Font.BOLD, ink), 30);
        add(document, c.verifyHint(), new Font(Font.HELVETICA, 11, Font.NORMAL, ink), 4);
        document.close();
        return out.toByteArray();
    }

    private static void add(Document document, String text, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        document.add(p);
    }
}
