package org.haven.training.infrastructure;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF renders with French text (accents, typographic apostrophe) on this JDK. */
class CertificatePdfTest {

    @Test
    void rendersAOnePagePdf() {
        byte[] pdf = CertificatePdf.render(new CertificatePdf.Content("Attestation de formation", "Nous attestons que",
                "Hélène Roux", "a suivi et réussi le module", "Le protocole de l’établissement pas à pas",
                "Délivrée le 10 mars 2026", "Valable jusqu’au 10 mars 2028", "Code de vérification :",
                "7KQ2-M9XD-0123-4567", "Vérifiez sur /verify.xhtml", "Attestation"));

        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-"), "a PDF");
        assertTrue(text.contains("/Count 1"), "one page");
        assertTrue(pdf.length > 1000 && pdf.length < 100_000, "size " + pdf.length);
    }
}
