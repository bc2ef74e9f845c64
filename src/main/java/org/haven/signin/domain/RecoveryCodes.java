package org.haven.signin.domain;

import org.haven.platform.security.SecretTokens;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: ten of 16 base32 characters (80 random bits) shown once, grouped by four to be copied by hand.
 * With that much randomness a fast hash (SHA-256 of the account id and the code) is enough: nobody can try 2^80
 * candidates, and a lookup by hash needs no per-code salt.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            byte[] raw = new byte[10];
            RANDOM.nextBytes(raw);
            String s = Base32.encode(raw);
            codes.add(s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12, 16));
        }
        return codes;
    }

    /** The form a typed code is hashed in: upper case, no dashes or spaces. */
    public static String canonical(String typed) {
        return typed == null ? "" : typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }

    public static boolean looksLikeOne(String typed) {
        return canonical(typed).matches("[A-Z2-7]{16}");
    }

    public static String hash(long accountId, String typed) {
        return SecretTokens.sha256(accountId + ":" + canonical(typed));
    }
}
