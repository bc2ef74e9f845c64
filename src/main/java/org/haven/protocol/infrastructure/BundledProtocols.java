package org.haven.protocol.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The protocol files shipped in the WAR (WEB-INF/classes/protocols/), listed by protocols/index.txt because a
 * directory of the class path cannot be listed reliably inside a WAR.
 */
public final class BundledProtocols {

    private static final String FOLDER = "protocols/";

    private BundledProtocols() {
    }

    /** The file names of the index ("fr-secondary.yaml", ...), in its order. */
    public static List<String> names() {
        return read("index.txt").lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    /**
     * The text of one shipped file.
     *
     * @throws IllegalArgumentException when no such file is shipped
     */
    public static String read(String name) {
        if (name.contains("..") || name.startsWith("/")) {
            throw new IllegalArgumentException("not a protocol file name: " + name);
        }
        ClassLoader loader = BundledProtocols.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no protocol file " + FOLDER + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
