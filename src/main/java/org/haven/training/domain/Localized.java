package org.haven.training.domain;

import java.util.Locale;
import java.util.Objects;

/** A text of a training module in both languages of Haven. */
public record Localized(String fr, String en) {

    public Localized {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
    }

    /** The text in the language of this locale (French unless it is English). */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : fr;
    }

    public String in(String language) {
        return "en".equals(language) ? en : fr;
    }
}
