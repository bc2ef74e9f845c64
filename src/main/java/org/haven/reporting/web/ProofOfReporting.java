package org.haven.reporting.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.haven.platform.i18n.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The proof of reporting a pupil may download: when, to which school, and the fingerprint of the content.
 * Never the content itself, nor the receipt, nor anything about who sent it: the file may be found by others.
 */
final class ProofOfReporting {

    private ProofOfReporting() {
    }

    static String text(SentReport sent, Locale locale, ZoneId zone) {
        String local = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .format(sent.getReceivedAt().atZone(zone));
        return Messages.text(locale, "report.proof.text", local, zone.getId(), sent.getReceivedAt().toString(),
                sent.getSchoolName(), sent.getFingerprint()).replace("\n", "\r\n") + "\r\n";
    }

    static String fileName(SentReport sent) {
        return "haven-proof-" + sent.getFingerprint().substring(0, 12) + ".txt";
    }

    /** Answers the current Faces request with the proof as a small text file, never cached. */
    static void download(SentReport sent, Locale locale, ZoneId zone) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        byte[] body = text(sent, locale, zone).getBytes(StandardCharsets.UTF_8);
        ext.responseReset();
        ext.setResponseContentType("text/plain; charset=UTF-8");
        ext.setResponseContentLength(body.length);
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName(sent) + "\"");
        ext.setResponseHeader("Cache-Control", "no-store");
        ext.setResponseHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = ext.getResponseOutputStream()) {
            out.write(body);
        }
        faces.responseComplete();
    }
}
