package org.haven.protocol.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text of a protocol in each of its languages. The map keeps the protocol's order of languages, so the first
 * entry is the protocol's first language: the fallback when the asked language is missing.
 */
public record LocalizedText(Map<String, String> byLanguage) {

    public LocalizedText {
        Objects.requireNonNull(byLanguage, "byLanguage");
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    /** The text in the locale's language, else in the protocol's first language, else any; "" when empty. */
    public String in(Locale locale) {
        String exact = locale == null ? null : byLanguage.get(locale.getLanguage());
        if (exact != null) {
            return exact;
        }
        return byLanguage.values().stream().findFirst().orElse("");
    }

    /** The text in one language, or null. */
    public String get(String language) {
        return byLanguage.get(language);
    }
}
