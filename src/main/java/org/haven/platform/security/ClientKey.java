package org.haven.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An opaque key for "the same client" in abuse limits: a keyed hash of the connection's address under a key
 * that lives only in memory: this process's, or in a cluster the one secret its instances share through Hazelcast
 * ({@link #useKey}, set by SharedCounters at start), so that one client has one key, and one count, whichever
 * instance it reaches (issue 17). The address itself is never kept.
 */
public final class ClientKey {

    private static volatile byte[] key = random();

    private static byte[] random() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }

    /** Keys clients with this secret (32 bytes or more) from now on: the cluster's, shared by all its instances. */
    public static void useKey(byte[] shared) {
        if (shared == null || shared.length < 32) {
            throw new IllegalArgumentException("a client key needs 32 bytes or more");
        }
        key = shared.clone();
    }

    private ClientKey() {
    }

    /**
     * The client behind the request. When the connection comes from a trusted reverse proxy (configuration
     * haven.proxy.trusted, HAVEN_PROXY_TRUSTED: a comma list of addresses), the client is the right-most address
     * of X-Forwarded-For that is not itself a trusted proxy; otherwise the connection's own address. Without
     * this, every pupil behind the proxy would share one limit.
     */
    public static String of(HttpServletRequest request) {
        return of(clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies()));
    }

    static String clientAddress(String remote, String forwardedFor, Set<String> trusted) {
        if (forwardedFor == null || !trusted.contains(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }

    private static Set<String> trustedProxies() {
        try {
            return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("haven.proxy.trusted", String.class)
                    .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                            .collect(Collectors.toUnmodifiableSet()))
                    .orElse(Set.of());
        } catch (RuntimeException noConfig) {
            return Set.of();
        }
    }

    /** An opaque key for one browser (its session), for the per-device limit; the session id is never kept. */
    public static String ofDevice(String sessionId) {
        return of("device:" + sessionId);
    }

    static String of(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
