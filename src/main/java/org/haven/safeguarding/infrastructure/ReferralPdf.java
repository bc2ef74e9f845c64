package org.haven.safeguarding.infrastructure;

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
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a referral's document as a plain A4 PDF: a title, then sections of labelled values, wrapped and paged.
 * The texts come already in the reader's language; characters the standard fonts cannot draw become '?'.
 */
public final class ReferralPdf {

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

    private ReferralPdf() {
    }

    public static byte[] render(String title, List<Section> sections, String footer) {
        try {
            return new ReferralPdf().write(title, sections, footer);
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
            for (String line : wrap(raw, font, size)) {
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

    private List<String> wrap(String text, PDType1Font font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate, font, size) <= WIDTH) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > WIDTH) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > WIDTH) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        lines.add(current.toString());
        return lines;
    }

    private static float width(String s, PDType1Font font, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Keeps what WinAnsi (the standard fonts' encoding) can draw; tabs become spaces, the rest '?'. */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\t', ' ').codePoints().forEach(cp -> {
            if (cp == '\n' || WinAnsi.canEncode(cp)) {
                b.appendCodePoint(cp);
            } else if (cp == '\u202F' || cp == '\u00A0') {
                b.append(' ');
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    /** The characters of the WinAnsi encoding: Latin-1 printable plus the Windows-1252 extras. */
    static final class WinAnsi {
        private static final String EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

        private WinAnsi() {
        }

        static boolean canEncode(int cp) {
            return cp >= 0x20 && cp <= 0x7E || cp >= 0xA0 && cp <= 0xFF || EXTRAS.indexOf(cp) >= 0;
        }
    }
}
