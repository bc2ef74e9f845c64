package org.haven.cases.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

/** The French texts of a demo data set, kept in a data file under demo/ rather than in code (UTF-8 properties). */
public final class DemoTexts {

    private final Properties texts = new Properties();

    private DemoTexts(String resource) {
        try (InputStream in = Objects.requireNonNull(DemoTexts.class.getResourceAsStream(resource), resource)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts of demo/{name}.properties. */
    public static DemoTexts of(String name) {
        return new DemoTexts("/demo/" + name + ".properties");
    }

    public String text(String key) {
        return Objects.requireNonNull(texts.getProperty(key), key);
    }
}
