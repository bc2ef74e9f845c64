package org.haven.insight.infrastructure;

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
import java.util.List;

/**
 * The statistics summary of a period as a PDF (A4, standard fonts): a heading, then every figure as a bar chart
 * drawn in vectors with its count (or "hidden") written at the end of each bar, and its total. Every text comes
 * translated and every count already suppressed from the caller: this class only lays them out. A hidden count
 * draws no bar.
 */
public final class InsightPdf {

    /** One figure: its title, its rows, its total's text. */
    public record Chart(String title, List<Bar> bars, String total) {
    }

    /** One row: its label, its count (null when hidden) and the text written for it. */
    public record Bar(String label, Long count, String text) {
    }

    /** The document: title, the lines under it (period, scope, the suppression rule), the total's label. */
    public record Content(String title, List<String> intro, String totalLabel, List<Chart> charts) {
    }

    private static final float MARGIN = 50;
    private static final float LABEL_WIDTH = 170;
    private static final float ROW = 13;
    private static final Color INK = new Color(0x1b, 0x2a, 0x3a);
    private static final Color BAR = new Color(0x1f, 0x5f, 0xa8);

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDRectangle size = PDRectangle.A4;
    private PDDocument document;
    private PDPageContentStream out;
    private float y;

    private InsightPdf() {
    }

    public static byte[] render(Content c) {
        try {
            return new InsightPdf().draw(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] draw(Content c) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document = doc;
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(PdfText.safe(c.title()));
            info.setCreator("Haven");
            newPage();
            text(c.title(), bold, 18, 0);
            for (String line : c.intro()) {
                for (String part : PdfText.wrap(PdfText.safe(line), regular, 10, size.getWidth() - 2 * MARGIN)) {
                    text(part, regular, 10, 2);
                }
            }
            for (Chart chart : c.charts()) {
                chart(chart, c.totalLabel());
            }
            out.close();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private void chart(Chart chart, String totalLabel) throws IOException {
        float needed = 40 + ROW * (chart.bars().size() + 1);
        if (y - needed < MARGIN) {
            newPage();
        }
        y -= 14;
        text(chart.title(), bold, 12, 4);
        long max = chart.bars().stream().filter(b -> b.count() != null).mapToLong(Bar::count).max().orElse(0);
        float barSpace = size.getWidth() - 2 * MARGIN - LABEL_WIDTH - 60;
        for (Bar bar : chart.bars()) {
            y -= ROW;
            write(fit(bar.label(), LABEL_WIDTH - 6), regular, 9, MARGIN, y);
            float width = 0;
            if (bar.count() != null && max > 0) {
                width = Math.max(bar.count() > 0 ? 1 : 0, barSpace * bar.count() / max);
                out.setNonStrokingColor(BAR);
                out.addRect(MARGIN + LABEL_WIDTH, y - 1, width, ROW - 4);
                out.fill();
            }
            write(bar.text(), regular, 9, MARGIN + LABEL_WIDTH + width + 4, y);
        }
        y -= ROW;
        write(totalLabel + " : " + chart.total(), bold, 9, MARGIN, y);
    }

    private String fit(String label, float width) throws IOException {
        String s = PdfText.safe(label);
        while (s.length() > 1 && PdfText.width(s, regular, 9) > width) {
            s = s.substring(0, s.length() - 2) + "…";
        }
        return s;
    }

    private void text(String s, PDType1Font font, float fontSize, float spaceBefore) throws IOException {
        y -= spaceBefore + fontSize * 1.2f;
        write(s, font, fontSize, MARGIN, y);
    }

    private void write(String s, PDType1Font font, float fontSize, float x, float at) throws IOException {
        out.beginText();
        out.setFont(font, fontSize);
        out.setNonStrokingColor(INK);
        out.newLineAtOffset(x, at);
        out.showText(PdfText.safe(s).replace('\n', ' '));
        out.endText();
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
    }
}
