package org.haven.evidence.infrastructure;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys of the evidence vault, each under a short id that every blob records, and the active one
 * that new blobs (and re-encrypted old ones) use. Read from configuration: {@code HAVEN_EVIDENCE_KEY} (the
 * active key, {@code id:base64} or bare base64 for the id {@value #DEFAULT_ID}), {@code HAVEN_EVIDENCE_KEYS}
 * (older keys still needed to read old blobs, {@code id:base64} pairs separated by commas) and optionally
 * {@code HAVEN_EVIDENCE_ACTIVE_KEY_ID} (which of them is active, when it is not the one of HAVEN_EVIDENCE_KEY).
 */
public final class EvidenceKeyRing {

    public static final String DEFAULT_ID = "k1";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    private final Map<String, SecretKey> keys;
    private final String activeId;

    public EvidenceKeyRing(Map<String, SecretKey> keys, String activeId) {
        this.keys = Map.copyOf(keys);
        this.activeId = Objects.requireNonNull(activeId);
        if (!this.keys.containsKey(activeId)) {
            throw new IllegalArgumentException("The active evidence key " + activeId + " is not in the key ring");
        }
    }

    /**
     * Parses the configuration; empty when no key is configured at all. A malformed value is an error with a
     * message that names the variable but never echoes a key.
     */
    public static Optional<EvidenceKeyRing> parse(String key, String olderKeys, String activeId) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String firstId = null;
        if (present(key)) {
            String k = key.strip();
            int colon = k.indexOf(':');
            firstId = colon > 0 ? k.substring(0, colon) : DEFAULT_ID;
            add(keys, firstId, colon > 0 ? k.substring(colon + 1) : k, "HAVEN_EVIDENCE_KEY");
        }
        if (present(olderKeys)) {
            for (String pair : olderKeys.split(",")) {
                String p = pair.strip();
                if (p.isEmpty()) {
                    continue;
                }
                int colon = p.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("HAVEN_EVIDENCE_KEYS: each entry must be id:base64");
                }
                String id = p.substring(0, colon);
                if (keys.containsKey(id)) {
                    throw new IllegalArgumentException("HAVEN_EVIDENCE_KEYS: the key id " + id + " is given twice");
                }
                add(keys, id, p.substring(colon + 1), "HAVEN_EVIDENCE_KEYS");
                if (firstId == null && !present(activeId)) {
                    throw new IllegalArgumentException("HAVEN_EVIDENCE_KEYS is set without HAVEN_EVIDENCE_KEY or"
                            + " HAVEN_EVIDENCE_ACTIVE_KEY_ID: which key is active?");
                }
            }
        }
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        String active = present(activeId) ? activeId.strip() : firstId;
        if (!keys.containsKey(active)) {
            throw new IllegalArgumentException("HAVEN_EVIDENCE_ACTIVE_KEY_ID names " + active
                    + ", which is not among the configured keys");
        }
        return Optional.of(new EvidenceKeyRing(keys, active));
    }

    private static void add(Map<String, SecretKey> keys, String id, String base64, String variable) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(variable + ": a key id is 1 to 32 letters, digits, '.', '_' or '-'");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + ": the key " + id + " is not valid base64");
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException(variable + ": the key " + id + " must be 32 bytes (AES-256), base64"
                    + " encoded; it is " + raw.length + " bytes");
        }
        keys.put(id, new SecretKeySpec(raw, "AES"));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    public String activeId() {
        return activeId;
    }

    public SecretKey active() {
        return keys.get(activeId);
    }

    /** The key of this id, or an error naming the missing id (an old key was removed too early). */
    public SecretKey get(String id) {
        SecretKey k = keys.get(id);
        if (k == null) {
            throw new IllegalStateException("No evidence key with the id " + id + " is configured: keep old keys in"
                    + " HAVEN_EVIDENCE_KEYS until the rotation has re-encrypted every blob");
        }
        return k;
    }

    public Set<String> ids() {
        return keys.keySet();
    }
}
