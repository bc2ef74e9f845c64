package org.haven.platform.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.haven.platform.pdf.SectionPdf.Line;
import org.haven.platform.pdf.SectionPdf.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionPdfTest {

    @Test
    void theTextWrittenIsTheTextReadBackAcrossPages() throws Exception {
        String longText = "Élève très isolée, menacée « tous les soirs » ; l’adulte référent est prévenu. ".repeat(120);
        byte[] pdf = SectionPdf.render("Information préoccupante — Protection de l’enfance",
                List.of(new Section("Faits", List.of(new Line("Description", longText),
                        new Line("Émoji", "Il a écrit 😡 puis\u202Fa supprimé")))), "Généré par Haven");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 1, "long texts go on to more pages");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Information préoccupante — Protection de l’enfance"), text.substring(0, 200));
            assertTrue(text.contains("menacée « tous les soirs »"));
            assertTrue(text.contains("Il a écrit ? puis a supprimé"), "characters the font lacks become '?'");
            assertTrue(text.contains("Généré par Haven"));
        }
    }

    @Test
    void safeKeepsWinAnsiAndReplacesTheRest() {
        assertEquals("àéç’«»€ ?", SectionPdf.safe("àéç’«»€\t😀"));
        assertEquals("", SectionPdf.safe(null));
    }
}
