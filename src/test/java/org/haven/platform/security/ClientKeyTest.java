package org.haven.platform.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientKeyTest {

    @Test
    void theSameAddressGivesTheSameOpaqueKeyAndTheAddressCannotBeReadFromIt() {
        String key = ClientKey.of("127.0.0.1");

        assertEquals(key, ClientKey.of("127.0.0.1"));
        assertNotEquals(key, ClientKey.of("127.0.0.2"));
        assertTrue(key.matches("[0-9a-f]{64}"));
        // Keyed: not the plain SHA-256 of the address, which anyone could compute for every address of a network.
        // (It used to check that the hex did not contain "127": a random key gives such a hex in about 1.5 % of
        // runs, which made this test fail now and then.)
        assertNotEquals(plainSha256("127.0.0.1"), key);
        assertEquals(ClientKey.of("null"), ClientKey.of((String) null), "no address is one client, not an error");
    }

    @Test
    void instancesGivenTheClusterSecretKeyAClientAlike() throws Exception {
        byte[] shared = new byte[32];
        java.util.Arrays.fill(shared, (byte) 7);
        ClientKey.useKey(shared);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(shared, "HmacSHA256"));
        String anotherInstance = java.util.HexFormat.of().formatHex(
                mac.doFinal("203.0.113.9".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(anotherInstance, ClientKey.of("203.0.113.9"), "same secret, same key, on every instance");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ClientKey.useKey(new byte[8]));
    }

    private static String plainSha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
