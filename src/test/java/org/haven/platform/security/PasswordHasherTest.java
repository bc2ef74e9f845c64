package org.haven.platform.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private static final String PASSWORD = "correct horse battery staple 42";
    private static final PasswordHasher HASHER = new PasswordHasher();
    /** Hashing costs ~0.1 s at 210,000 iterations: one shared hash for the tests that only read it. */
    private static String stored;

    @BeforeAll
    static void hashOnce() {
        stored = HASHER.hash(PASSWORD.toCharArray());
    }

    @Test
    void iterationsMeetOwasp2023Minimum() {
        assertTrue(PasswordHasher.ITERATIONS >= 210_000, "PBKDF2-SHA256 needs at least 210,000 iterations");
    }

    @Test
    void hashThenVerifyRoundTrips() {
        assertTrue(HASHER.verify(PASSWORD.toCharArray(), stored));
    }

    @Test
    void wrongPasswordDoesNotVerify() {
        assertFalse(HASHER.verify("correct horse battery staple 43".toCharArray(), stored));
        assertFalse(HASHER.verify("".toCharArray(), stored));
        assertFalse(HASHER.verify(PASSWORD.toUpperCase().toCharArray(), stored));
    }

    @Test
    void storedFormatIsPrefixIterationsSaltHash() {
        String[] parts = stored.split("\\$", -1);

        assertEquals(4, parts.length, stored);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals(Integer.toString(PasswordHasher.ITERATIONS), parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length, "16-byte salt");
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "256-bit hash");
        assertFalse(parts[2].endsWith("=") || parts[3].endsWith("="), "Base64 without padding");
    }

    @Test
    void samePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        String other = HASHER.hash(PASSWORD.toCharArray());

        assertNotEquals(stored, other);
        assertNotEquals(stored.split("\\$")[2], other.split("\\$")[2], "salts differ");
        assertTrue(HASHER.verify(PASSWORD.toCharArray(), other));
    }

    @Test
    void nonAsciiPasswordRoundTrips() {
        String password = "Élève-ñ-😀-mot de passe";
        String hash = HASHER.hash(password.toCharArray());

        assertTrue(HASHER.verify(password.toCharArray(), hash));
        assertFalse(HASHER.verify("Eleve-n-mot de passe".toCharArray(), hash));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
            "",
            "garbage",
            "pbkdf2-sha256",
            "pbkdf2-sha256$210000$c2FsdA",
            "bcrypt$210000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$abc$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$1000$$aGFzaA",
            "pbkdf2-sha256$1000$!!not base64!!$aGFzaA",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$%%%",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA$extra",
    })
    void malformedOrAbsentStoredHashNeverVerifies(String malformed) {
        assertFalse(assertDoesNotThrow(() -> HASHER.verify(PASSWORD.toCharArray(), malformed)));
    }

    @Test
    void truncatedHashPartDoesNotVerify() {
        String truncated = stored.substring(0, stored.length() - 4);

        assertFalse(HASHER.verify(PASSWORD.toCharArray(), truncated));
    }

    @Test
    void tamperedSaltDoesNotVerify() {
        String[] parts = stored.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        salt[0] ^= 1;
        String tampered = parts[0] + "$" + parts[1] + "$" + Base64.getEncoder().withoutPadding().encodeToString(salt)
                + "$" + parts[3];

        assertFalse(HASHER.verify(PASSWORD.toCharArray(), tampered));
    }

    @Test
    void olderHashWithFewerIterationsStillVerifiesButNeedsRehash() throws Exception {
        String old = legacyHash(PASSWORD, 1_000);

        assertTrue(HASHER.verify(PASSWORD.toCharArray(), old), "raising the cost must not lock out old hashes");
        assertFalse(HASHER.verify("wrong password 1".toCharArray(), old));
        assertTrue(HASHER.needsRehash(old));
    }

    @Test
    void freshHashDoesNotNeedRehash() {
        assertFalse(HASHER.needsRehash(stored));
    }

    @Test
    void hashWithMoreIterationsThanTodayDoesNotNeedRehash() {
        assertFalse(HASHER.needsRehash("pbkdf2-sha256$" + (PasswordHasher.ITERATIONS + 1) + "$c2FsdA$aGFzaA"));
    }

    @Test
    void hashOneIterationBelowTodayNeedsRehash() {
        assertTrue(HASHER.needsRehash("pbkdf2-sha256$" + (PasswordHasher.ITERATIONS - 1) + "$c2FsdA$aGFzaA"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "garbage", "bcrypt$300000$c2FsdA$aGFzaA", "pbkdf2-sha256$300000$c2FsdA"})
    void absentOrForeignHashNeedsRehash(String value) {
        assertTrue(HASHER.needsRehash(value));
    }

    @Test
    void verifyAgainstNothingNeverThrows() {
        assertDoesNotThrow(() -> HASHER.verifyAgainstNothing("anything at all".toCharArray()));
    }

    private static String legacyHash(String password, int iterations) throws Exception {
        byte[] salt = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }
}
