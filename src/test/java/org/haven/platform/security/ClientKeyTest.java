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
}
