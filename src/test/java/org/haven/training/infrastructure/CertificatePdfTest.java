package org.haven.training.infrastructure;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF renders with French text (accents, typographic apostrophe) on this JDK. */
class CertificatePdfTest {

    @Test
    void rendersAOnePagePdf() throws java.io.IOException {
        byte[] pdf = CertificatePdf.render(new CertificatePdf.Content("Attestation de formation", "Nous attestons que",
                "Hélène Roux", "Collège Victor Hugo", "a suivi et réussi le module", "Le protocole de l’établissement pas à pas",
                "Délivrée le 10 mars 2026", "Valable jusqu’au 10 mars 2028", "Code de vérification :",
                "7KQ2-M9XD-0123-4567", "Vérifiez sur https://haven.example.org/verify.xhtml", "Attestation"));

        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"), "a PDF");
        assertTrue(pdf.length > 500 && pdf.length < 100_000, "size " + pdf.length);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages(), "one page");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            for (String expected : List.of("Hélène Roux", "Collège Victor Hugo", "https://haven.example.org/verify.xhtml", "Le protocole de l’établissement pas à pas",
                    "7KQ2-M9XD-0123-4567", "Valable jusqu’au 10 mars 2028")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
    }
}
