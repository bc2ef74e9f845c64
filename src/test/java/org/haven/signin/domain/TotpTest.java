package org.haven.signin.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotpTest {

    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 appendix B, the SHA-1 column (8 digits there). */
    @ParameterizedTest
    @CsvSource({"59,94287082", "1111111109,07081804", "1111111111,14050471", "1234567890,89005924",
            "2000000000,69279037", "20000000000,65353130"})
    void theRfcTestVectors(long seconds, String expected) {
        long step = Totp.stepAt(Instant.ofEpochSecond(seconds));

        assertEquals(expected, Totp.code(RFC_SEED, step, 8, "HmacSHA1"));
        assertEquals(expected.substring(2), Totp.code(RFC_SEED, step), "six digits are the last six");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndNotFurther() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.stepAt(now);

        assertEquals(OptionalLong.of(step - 1), Totp.match(RFC_SEED, Totp.code(RFC_SEED, step - 1), now, 0));
        assertEquals(OptionalLong.of(step + 1), Totp.match(RFC_SEED, Totp.code(RFC_SEED, step + 1), now, 0));
        assertTrue(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step - 2), now, 0).isEmpty());
        assertTrue(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step + 2), now, 0).isEmpty());
    }

    @Test
    void aCodeOfAStepAlreadyUsedIsRefused() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.stepAt(now);
        String code = Totp.code(RFC_SEED, step);

        assertEquals(OptionalLong.of(step), Totp.match(RFC_SEED, code, now, step - 1));
        assertTrue(Totp.match(RFC_SEED, code, now, step).isEmpty(), "replayed");
        assertTrue(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step - 1), now, step).isEmpty(), "older than the last");
    }

    @Test
    void malformedCodesAreRefusedAndSpacesIgnored() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String code = Totp.code(RFC_SEED, Totp.stepAt(now));

        assertTrue(Totp.match(RFC_SEED, code.substring(0, 3) + " " + code.substring(3), now, 0).isPresent());
        for (String bad : new String[]{null, "", "12345", "1234567", "abcdef", "12345x", "１２３４５６"}) {
            assertFalse(Totp.match(RFC_SEED, bad, now, 0).isPresent(), String.valueOf(bad));
        }
    }

    @Test
    void base32FollowsRfc4648AndRoundTrips() {
        assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("MY", Base32.encode("f".getBytes(StandardCharsets.US_ASCII)));
        byte[] secret = Totp.newSecret();
        assertEquals(32, Base32.encode(secret).length());
        assertEquals(java.util.HexFormat.of().formatHex(secret),
                java.util.HexFormat.of().formatHex(Base32.decode(Base32.encode(secret).toLowerCase())));
    }

    @Test
    void theOtpauthLinkCarriesIssuerAccountAndParameters() {
        String uri = Totp.otpauthUri("Haven Académie", "referent.college", "foobar".getBytes(StandardCharsets.US_ASCII));

        assertEquals("otpauth://totp/Haven%20Acad%C3%A9mie:referent.college?secret=MZXW6YTBOI"
                + "&issuer=Haven%20Acad%C3%A9mie&algorithm=SHA1&digits=6&period=30", uri);
    }

    @Test
    void recoveryCodesAreTenDistinctAndHashedInCanonicalForm() {
        java.util.List<String> codes = RecoveryCodes.generate();

        assertEquals(10, new java.util.HashSet<>(codes).size());
        String c = codes.get(0);
        assertTrue(c.matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}"), c);
        assertTrue(RecoveryCodes.looksLikeOne(c.toLowerCase().replace("-", " ")));
        assertEquals(RecoveryCodes.hash(7, c), RecoveryCodes.hash(7, c.toLowerCase().replace("-", "")));
        assertFalse(RecoveryCodes.hash(7, c).equals(RecoveryCodes.hash(8, c)), "bound to the account");
        assertFalse(RecoveryCodes.looksLikeOne("123456"));
    }
}
