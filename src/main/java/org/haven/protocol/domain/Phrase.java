package org.haven.protocol.domain;

import org.haven.platform.i18n.Messages;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A sentence for people, kept as a bundle key and its arguments until it is shown, so that a protocol file's
 * problems read in the language of whoever reads them (issue 23: uploads gave English errors on French pages). An
 * argument may itself be a phrase ("step 'inform-parents'" inside "... has no 'due'"), a list (joined with commas)
 * or a plain value, shown as it is (what the file said). The pattern is always a MessageFormat: quotes doubled.
 */
public record Phrase(String key, List<Object> args) implements Serializable {

    /** A text that is shown as it is in every language (a survey file's problems, still in English). */
    public static final String LITERAL = "protocol.problem.literal";

    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    public static Phrase literal(String text) {
        return of(LITERAL, text);
    }

    /** The phrase in this language; the key itself when a bundle lacks it (which BundlesTest prevents). */
    public String in(Locale locale) {
        Object[] values = args.stream().map(a -> render(a, locale)).toArray();
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Messages.supported(locale),
                Phrase.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return new MessageFormat(bundle.getString(key), Messages.supported(locale)).format(values);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static Object render(Object arg, Locale locale) {
        if (arg instanceof Phrase p) {
            return p.in(locale);
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return arg instanceof Number n ? String.valueOf(n) : arg;
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
