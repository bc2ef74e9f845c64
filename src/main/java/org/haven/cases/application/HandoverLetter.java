package org.haven.cases.application;

import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseHandover;
import org.haven.platform.i18n.Messages;
import org.haven.platform.pdf.SectionPdf;

import java.util.List;
import java.util.Locale;

/** The handover letter a head sends a school out of the district: to whom, the case, the consents, signed. */
final class HandoverLetter {

    private HandoverLetter() {
    }

    static byte[] render(CaseFile c, CaseHandover h, String school, String signed, Locale locale) {
        List<SectionPdf.Section> sections = List.of(
                new SectionPdf.Section(t(locale, "handover.letter.to"),
                        List.of(new SectionPdf.Line(null, h.destination()))),
                new SectionPdf.Section(t(locale, "handover.letter.case"), List.of(
                        new SectionPdf.Line(t(locale, "handover.letter.number"), c.number()),
                        new SectionPdf.Line(t(locale, "handover.letter.from"), school),
                        new SectionPdf.Line(t(locale, "handover.reason"), h.reason()),
                        new SectionPdf.Line(t(locale, "handover.summary"), h.summary()),
                        new SectionPdf.Line(t(locale, "handover.pupilConsent"), t(locale, yes(h.pupilConsent()))),
                        new SectionPdf.Line(t(locale, "handover.parentConsent"), t(locale, yes(h.parentConsent()))))),
                new SectionPdf.Section(t(locale, "handover.letter.signed"), List.of(new SectionPdf.Line(null,
                        signed))));
        return SectionPdf.render(Messages.text(locale, "handover.letter.title", c.number()), sections,
                t(locale, "handover.letter.footer"));
    }

    private static String yes(boolean answer) {
        return answer ? "handover.yes" : "handover.no";
    }

    private static String t(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
