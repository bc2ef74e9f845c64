package org.haven.platform.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientKeyTest {

    @Test
    void theSameAddressGivesTheSameOpaqueKeyAndTheAddressCannotBeReadFromIt() {
        String key = ClientKey.of("127.0.0.1");

        assertEquals(key, ClientKey.of("127.0.0.1"));
        assertNotEquals(key, ClientKey.of("127.0.0.2"));
        assertTrue(key.matches("[0-9a-f]{64}"));
        assertFalse(key.contains("127"));
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
}
