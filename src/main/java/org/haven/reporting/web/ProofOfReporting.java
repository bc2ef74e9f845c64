package org.haven.reporting.web;

import org.haven.platform.i18n.Messages;

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
}
