package org.haven.training.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where module files are read from, by path relative to the training folder: the class path in the WAR
 * ({@code protocols/training/}), or a folder on disk for tests and for checking a district's files.
 */
public interface ModuleFiles {

    String INDEX = "index.txt";

    Optional<byte[]> bytes(String path);

    default Optional<String> text(String path) {
        return bytes(path).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /** The files packaged in the application (pom.xml copies protocols/training/ to the class path). */
    static ModuleFiles classpath(ClassLoader loader) {
        return path -> {
            if (!SafePaths.isSafe(path)) {
                return Optional.empty();
            }
            try (InputStream in = loader.getResourceAsStream("protocols/training/" + path)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    static ModuleFiles folder(Path root) {
        return path -> {
            if (!SafePaths.isSafe(path)) {
                return Optional.empty();
            }
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
