package org.haven.evidence.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * Short-lived links to evidence, valid for one account only: an HMAC (under a key derived from the active
 * evidence key, so that every instance of a cluster agrees) over the account, the target, the variant and the
 * expiry. A link copied to another account, changed, or used after {@link #LIFETIME} is refused; the scope is
 * checked again when it is used.
 */
@ApplicationScoped
public class SignedLinks {

    public static final Duration LIFETIME = Duration.ofMinutes(5);

    @Inject
    EvidenceKeys keys;

    @Inject
    Clock clock;

    /** A signed target: what to put in a URL's query ({@code t}, {@code v}, {@code x}, {@code s}). */
    public record Signed(String target, String variant, long expires, String signature) {
        public String query() {
            return "t=" + target + "&v=" + variant + "&x=" + expires + "&s=" + signature;
        }
    }

    public Signed sign(long accountId, String target, String variant) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        return new Signed(target, variant, expires, mac(accountId, target, variant, expires));
    }

    public boolean valid(long accountId, String target, String variant, long expires, String signature) {
        if (signature == null || target == null || variant == null || expires < clock.instant().getEpochSecond()) {
            return false;
        }
        return MessageDigest.isEqual(mac(accountId, target, variant, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(long accountId, String target, String variant, long expires) {
        try {
            SecretKey key = keys.derived("signed-links");
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] tag = mac.doFinal((accountId + "\n" + target + "\n" + variant + "\n" + expires)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
