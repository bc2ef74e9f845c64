package org.haven.platform.config;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Haven deploys with no configuration at all (./deploy/run.sh, a first install): every injected configuration
 * property has a default or is optional. An empty default ({@code defaultValue = ""}) counts as none in MicroProfile
 * Config, and the deployment fails: the OpenID Connect settings did, unseen by the integration tests, whose servers
 * all get HAVEN_OIDC_* from the build.
 */
class ConfigDefaultsTest {

    private static final Path CLASSES = Path.of("target", "classes");

    /** The database: the one thing Haven cannot run without (set by ./deploy/run.sh, or by the operator). */
    private static final List<String> REQUIRED = List.of("haven.db.url", "haven.db.user", "haven.db.password");

    @Test
    void everyConfigPropertyHasADefaultOrIsOptional() throws Exception {
        List<String> missing = new ArrayList<>();
        int seen = 0;
        for (Class<?> type : classes()) {
            for (Field f : type.getDeclaredFields()) {
                ConfigProperty property = f.getAnnotation(ConfigProperty.class);
                if (property == null) {
                    continue;
                }
                seen++;
                Class<?> t = f.getType();
                boolean optional = t == Optional.class || t == OptionalInt.class || t == OptionalLong.class
                        || t.getName().equals("jakarta.inject.Provider")
                        || t.getName().equals("org.eclipse.microprofile.config.ConfigValue");
                String value = property.defaultValue();
                if (!optional && !REQUIRED.contains(property.name()) && (value.equals(ConfigProperty.UNCONFIGURED_VALUE) || value.isEmpty())) {
                    missing.add(type.getSimpleName() + "." + f.getName() + " (" + property.name() + ")");
                }
            }
        }
        assertTrue(seen >= 20, "found only " + seen + " configuration properties under " + CLASSES);
        assertEquals(List.of(), missing, "configuration properties that stop a deployment when they are not set");
    }

    private static List<Class<?>> classes() throws IOException, ClassNotFoundException {
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(p).toString().replace('/', '.').replace('\\', '.');
                found.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        ConfigDefaultsTest.class.getClassLoader()));
            }
        }
        return found;
    }
}
