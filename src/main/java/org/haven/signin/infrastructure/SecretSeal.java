package org.haven.signin.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals TOTP secrets with AES-256-GCM, the account id bound as associated data (a sealed secret copied to another
 * account's row does not open). The key is HAVEN_TOTP_KEY (at least 32 characters), else one derived from
 * HAVEN_RECEIPT_KEY, which every installation already keeps stable: a copy of the database alone gives no secret.
 */
@ApplicationScoped
public class SecretSeal {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "haven.totp.key")
    Optional<String> totpKey;

    @Inject
    @ConfigProperty(name = "haven.receipt.key")
    Optional<String> receiptKey;

    public String seal(long accountId, byte[] secret) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            cipher.updateAAD(aad(accountId));
            byte[] sealed = cipher.doFinal(secret);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] open(long accountId, String sealed) {
        try {
            byte[] raw = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, raw, 0, 12));
            cipher.updateAAD(aad(accountId));
            return cipher.doFinal(raw, 12, raw.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The TOTP secret does not open with the configured key", e);
        }
    }

    private static byte[] aad(long accountId) {
        return ("haven-totp:" + accountId).getBytes(StandardCharsets.UTF_8);
    }

    private SecretKeySpec key() throws GeneralSecurityException {
        String material = totpKey.filter(k -> k.length() >= 32)
                .or(() -> receiptKey.filter(k -> k.length() >= 32))
                .orElseThrow(() -> new IllegalStateException("Set HAVEN_TOTP_KEY (or HAVEN_RECEIPT_KEY), at least 32"
                        + " characters, to enrol a second factor: see docs/operations.md"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(material.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return new SecretKeySpec(mac.doFinal("haven-totp-secret-seal".getBytes(StandardCharsets.UTF_8)), "AES");
    }
}
