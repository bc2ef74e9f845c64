package org.haven.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.config.DistrictZone;
import org.haven.platform.i18n.Messages;
import org.haven.training.domain.Certificate;
import org.haven.training.domain.CertificateCode;
import org.haven.training.domain.StaffRoster;
import org.haven.training.infrastructure.CertificatePdf;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** A certificate as the printed page its holder downloads: their schools, dates in the district's zone, the code. */
@ApplicationScoped
public class CertificateSheets {

    @Inject
    StaffRoster roster;

    @Inject
    SchoolAdministration schools;

    /** The address people reach Haven at (as in e-mails), so that a printed certificate names a page one can open. */
    @Inject
    @ConfigProperty(name = "haven.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    DistrictZone districtZone;

    /** The PDF in this language (who may have it is the caller's check). */
    byte[] render(Certificate c, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withZone(districtZone.zone());
        return CertificatePdf.render(new CertificatePdf.Content(
                Messages.text(locale, "training.certificate.pdf.heading"),
                Messages.text(locale, "training.certificate.pdf.intro"),
                c.holderName(),
                holderSchools(c.accountId()),
                Messages.text(locale, "training.certificate.pdf.completed"),
                c.title().in(locale),
                Messages.text(locale, "training.certificate.pdf.issued", dates.format(c.issuedAt())),
                c.expiresAt() == null ? null
                        : Messages.text(locale, "training.certificate.pdf.expires", dates.format(c.expiresAt())),
                Messages.text(locale, "training.certificate.pdf.code"),
                CertificateCode.display(c.code()),
                Messages.text(locale, "training.certificate.pdf.verify", verifyAddress()),
                Messages.text(locale, "training.certificate.pdf.title", c.title().in(locale))));
    }

    /** The schools where the holder works, by name (null for district staff, who belong to no school). */
    private String holderSchools(long accountId) {
        String names = roster.of(accountId).stream().map(m -> schools.byId(m.schoolId()).map(SchoolView::name)
                .orElse(null)).filter(Objects::nonNull).distinct().sorted()
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? null : names;
    }

    private String verifyAddress() {
        return (publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl) + "/verify.xhtml";
    }
}
