package org.haven.training.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Verification codes, validity periods, expiry, and compliance status. */
class CertificateTest {

    static TrainingModule module(Period validFor) {
        Localized t = new Localized("Titre", "Title");
        return new TrainingModule("m", 3, t, t, 10, validFor, 80, List.of(), List.of(), Set.of());
    }

    static final Instant ISSUED = Instant.parse("2026-03-10T09:00:00Z");

    @Test
    void codesAreSixteenCharactersOfBase32AndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String c = CertificateCode.generate();
            assertTrue(c.matches("[0-9A-HJKMNP-TV-Z]{16}"), c);
            codes.add(c);
        }
        assertEquals(1000, codes.size());
    }

    @Test
    void typedCodesAreReadLeniently() {
        assertEquals(Optional.of("7KQ2M9XD01234567"), CertificateCode.normalize(" 7kq2-m9xd-o1234567 "));
        assertEquals(Optional.of("1111222233334444"), CertificateCode.normalize("IlL1 2222 3333 4444"));
        assertEquals(Optional.empty(), CertificateCode.normalize("7KQ2-M9XD"));
        assertEquals(Optional.empty(), CertificateCode.normalize("7KQ2M9XD0123456U"), "U is not in the alphabet");
        assertEquals(Optional.empty(), CertificateCode.normalize(null));
        assertEquals(Optional.empty(), CertificateCode.normalize("x".repeat(100)));
        assertEquals("7KQ2-M9XD-0123-4567", CertificateCode.display("7KQ2M9XD01234567"));
    }

    @Test
    void validityPeriodsReadAsWritten() {
        assertEquals(Optional.of(Period.ofYears(2)), ValidityPeriod.parse("2 years"));
        assertEquals(Optional.of(Period.ofYears(1)), ValidityPeriod.parse("1 year"));
        assertEquals(Optional.of(Period.ofMonths(18)), ValidityPeriod.parse(" 18 months "));
        assertEquals(Optional.of(Period.ofDays(90)), ValidityPeriod.parse("90 days"));
        assertEquals(Optional.empty(), ValidityPeriod.parse("0 years"));
        assertEquals(Optional.empty(), ValidityPeriod.parse("two years"));
        assertEquals(Optional.empty(), ValidityPeriod.parse("2 weeks"));
    }

    @Test
    void aCertificateExpiresAfterTheModulesValidity() {
        Certificate c = new Certificate("7KQ2M9XD01234567", 5, module(Period.ofYears(2)), 9L, "Sophie Lambert", ISSUED);

        assertEquals(Instant.parse("2028-03-10T09:00:00Z"), c.expiresAt());
        assertTrue(c.validAt(Instant.parse("2028-03-10T08:59:59Z")));
        assertFalse(c.validAt(Instant.parse("2028-03-10T09:00:00Z")));
        assertEquals("Title", c.title().en());
        assertEquals(3, c.moduleVersion());
    }

    @Test
    void aModuleWithoutValidityNeverExpires() {
        Certificate c = new Certificate("7KQ2M9XD01234567", 5, module(null), null, "Sophie Lambert", ISSUED);
        assertNull(c.expiresAt());
        assertTrue(c.validAt(Instant.parse("2100-01-01T00:00:00Z")));
    }

    @Test
    void complianceStatusFollowsCertificateDueDateAndActivity() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        Instant before = Instant.parse("2026-05-01T00:00:00Z");
        Instant after = Instant.parse("2026-05-20T00:00:00Z");

        assertEquals(ComplianceStatus.TRAINED, ComplianceStatus.of(true, null, before, today.minusDays(1), today));
        assertEquals(ComplianceStatus.LATE, ComplianceStatus.of(false, after, null, today.minusDays(1), today));
        assertEquals(ComplianceStatus.NOT_STARTED, ComplianceStatus.of(false, null, null, today, today),
                "due today is not late yet");
        assertEquals(ComplianceStatus.IN_PROGRESS, ComplianceStatus.of(false, after, null, today, today));
        assertEquals(ComplianceStatus.NOT_STARTED, ComplianceStatus.of(false, before, after, null, today),
                "an expired certificate and nothing done since: the refresher is not started");
        assertEquals(ComplianceStatus.IN_PROGRESS, ComplianceStatus.of(false, after, before, null, today));
    }

    @Test
    void csvEscapesSeparatorsQuotesLineBreaksAndFormulas() {
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",'=1+2,'+33,'-3,'@SUM(A1),\"a;b\"\r\n",
                Csv.line(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "=1+2", "+33", "-3", "@SUM(A1)",
                        "a;b")));
        assertEquals("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"", Csv.cell("=HYPERLINK(\"x\",\"y\")"));
        assertEquals("", Csv.cell(null));
        assertEquals("Hélène Roux", Csv.cell("Hélène Roux"));
    }
}
