package org.haven.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.platform.security.PasswordHasher;
import org.haven.reporting.domain.ReceiptCode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a receipt is kept: an HMAC-SHA256 under HAVEN_RECEIPT_KEY (a secret outside the database) for the
 * indexed lookup, and a PBKDF2 hash to check what the lookup finds. A copy of the database alone reveals no
 * receipt: without the key even the lookup column cannot be brute-forced.
 */
@ApplicationScoped
public class ReceiptKeys {

    public static final int MIN_KEY_LENGTH = 32;
    private static final PasswordHasher HASHER = new PasswordHasher();

    @Inject
    @ConfigProperty(name = "haven.receipt.key")
    Optional<String> key;

    public boolean configured() {
        return key.isPresent() && key.get().length() >= MIN_KEY_LENGTH;
    }

    public String lookup(ReceiptCode receipt) {
        if (!configured()) {
            throw new IllegalStateException("HAVEN_RECEIPT_KEY is not set (at least " + MIN_KEY_LENGTH
                    + " characters): see docs/operations.md");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(receipt.digits().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String slowHash(ReceiptCode receipt) {
        return HASHER.hash(receipt.digits().toCharArray());
    }

    public boolean matches(ReceiptCode receipt, String slowHash) {
        return HASHER.verify(receipt.digits().toCharArray(), slowHash);
    }
}
