package org.haven.platform.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The French and English bundles hold the same keys, and no French message with arguments has a plain '. */
class BundlesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("fr").stringPropertyNames()), new TreeSet<>(load("en").stringPropertyNames()));
    }

    @Test
    void messagesWithArgumentsUseTheTypographicApostrophe() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String lang : List.of("fr", "en")) {
            Properties p = load(lang);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (v.matches("(?s).*\\{\\d.*") && v.contains("'")) {
                    wrong.add(lang + ":" + key);
                }
            }
        }
        assertEquals(List.of(), wrong, "MessageFormat would eat a plain ' : write ’");
    }

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
