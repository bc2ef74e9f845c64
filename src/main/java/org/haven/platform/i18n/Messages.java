package org.haven.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Translated text for the few places that are not a Faces page (REST problem details, e-mails): the same
 * bundles as the pages ({@code i18n/messages_fr}, {@code i18n/messages_en}). Java code never holds UI text.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);
    public static final Locale DEFAULT = Locale.FRENCH;

    private Messages() {
    }

    /** The supported locale closest to the one asked for (French when neither language matches). */
    public static Locale supported(Locale requested) {
        if (requested != null) {
            for (Locale l : SUPPORTED) {
                if (l.getLanguage().equals(requested.getLanguage())) {
                    return l;
                }
            }
        }
        return DEFAULT;
    }

    /** The first supported locale in a preference list such as Accept-Language's. */
    public static Locale firstSupported(List<Locale> preferences) {
        for (Locale wanted : preferences) {
            for (Locale l : SUPPORTED) {
                if (l.getLanguage().equals(wanted.getLanguage())) {
                    return l;
                }
            }
        }
        return DEFAULT;
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale),
                Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, DEFAULT, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .containsKey(key);
    }
}
