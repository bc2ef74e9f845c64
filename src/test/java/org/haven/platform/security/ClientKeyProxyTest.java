package org.haven.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientKeyProxyTest {

    private static final Set<String> PROXY = Set.of("10.0.0.5");

    @Test
    void aDirectConnectionIsItsOwnClientWhateverItsHeadersSay() {
        assertEquals("203.0.113.7", ClientKey.clientAddress("203.0.113.7", "198.51.100.1", PROXY));
    }

    @Test
    void behindATrustedProxyTheForwardedClientCounts() {
        assertEquals("198.51.100.1", ClientKey.clientAddress("10.0.0.5", "198.51.100.1", PROXY));
    }

    @Test
    void aForgedLeftMostAddressIsIgnored() {
        assertEquals("198.51.100.1", ClientKey.clientAddress("10.0.0.5", "1.2.3.4, 198.51.100.1", PROXY));
    }

    @Test
    void withoutTheHeaderTheProxyIsTheClient() {
        assertEquals("10.0.0.5", ClientKey.clientAddress("10.0.0.5", null, PROXY));
    }
}
