package org.haven.evidence.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The vault's key ring from configuration (see {@link EvidenceKeyRing}). In demo mode without a key, one is
 * generated for this run and the log says so (files stored under it cannot be read after a restart:
 * deploy/run.sh keeps a key in data/evidence.key instead). Outside demo mode a missing key is an error:
 * {@code EvidenceStartup} refuses to start.
 */
@ApplicationScoped
public class EvidenceKeys {

    private static final Logger LOG = Logger.getLogger(EvidenceKeys.class.getName());

    @Inject
    @ConfigProperty(name = "haven.evidence.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "haven.evidence.keys")
    Optional<String> olderKeys;

    @Inject
    @ConfigProperty(name = "haven.evidence.active-key-id")
    Optional<String> activeId;

    @Inject
    @ConfigProperty(name = "haven.demo", defaultValue = "false")
    boolean demo;

    private volatile EvidenceKeyRing ring;

    /** The key ring; throws with the reason when the configuration is missing or wrong. */
    public EvidenceKeyRing ring() {
        EvidenceKeyRing r = ring;
        if (r == null) {
            synchronized (this) {
                if (ring == null) {
                    ring = load();
                }
                r = ring;
            }
        }
        return r;
    }

    private EvidenceKeyRing load() {
        Optional<EvidenceKeyRing> configured = EvidenceKeyRing.parse(key.orElse(null), olderKeys.orElse(null),
                activeId.orElse(null));
        if (configured.isPresent()) {
            return configured.get();
        }
        if (!demo) {
            throw new IllegalStateException("Set HAVEN_EVIDENCE_KEY to a 32-byte AES key in base64 (for example"
                    + " `head -c 32 /dev/urandom | base64`), optionally as id:base64; see docs/evidence-vault.md."
                    + " Haven does not start without it outside demo mode.");
        }
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, new SecureRandom());
            SecretKey generated = generator.generateKey();
            String id = "demo-" + Long.toHexString(System.currentTimeMillis());
            LOG.warning(() -> "Demo mode without HAVEN_EVIDENCE_KEY: generated the evidence key " + id
                    + " for this run only. Evidence stored now cannot be read after a restart; set"
                    + " HAVEN_EVIDENCE_KEY (deploy/run.sh keeps one in data/evidence.key).");
            return new EvidenceKeyRing(Map.of(id, generated), id);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A key derived from the active evidence key for one purpose (signing short-lived links): the same on every
     * instance of a cluster, and never the encryption key itself.
     */
    public SecretKey derived(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(ring().active());
            byte[] derived = mac.doFinal(("haven-evidence-" + purpose).getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(derived, "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
