package org.haven.platform.i18n;

import org.haven.directory.domain.SchoolLevel;
import org.haven.platform.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The French and English bundles say the same things, and say them in a form the pages can use. */
class BundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern MSG_KEY = Pattern.compile("msg\\[\\s*(['\"])([^'\"]+)\\1\\s*]");
    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    private static final Path JAVA = Path.of("src", "main", "java");
    /** RosterCsv passes these to its name check, which adds .required or .invalid. */
    private static final Set<String> NAME_PREFIXES = Set.of("roster.firstName", "roster.lastName");

    private static Map<String, Properties> bundles;

    @BeforeAll
    static void load() throws IOException {
        bundles = new TreeMap<>();
        bundles.put("en", load("en"));
        bundles.put("fr", load("fr"));
    }

    private static Properties load(String language) throws IOException {
        String resource = "/i18n/messages_" + language + ".properties";
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is not on the classpath");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static List<String> rawLines(String language) throws IOException {
        String resource = "/i18n/messages_" + language + ".properties";
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    private static Set<String> argumentsOf(String pattern) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    private static void assertKeyInEveryBundle(String key, String where, List<String> problems) {
        bundles.forEach((language, p) -> {
            if (!p.containsKey(key)) {
                problems.add(language + ": " + key + " (" + where + ")");
            }
        });
    }

    @Test
    void bothBundlesAreNotEmpty() {
        bundles.forEach((language, p) -> assertTrue(p.size() > 50, language + " has only " + p.size() + " keys"));
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> en = new TreeSet<>(bundles.get("en").stringPropertyNames());
        Set<String> fr = new TreeSet<>(bundles.get("fr").stringPropertyNames());

        Set<String> missingInFr = new TreeSet<>(en);
        missingInFr.removeAll(fr);
        Set<String> missingInEn = new TreeSet<>(fr);
        missingInEn.removeAll(en);

        assertTrue(missingInFr.isEmpty() && missingInEn.isEmpty(),
                "missing in messages_fr: " + missingInFr + "\nmissing in messages_en: " + missingInEn);
    }

    @Test
    void noKeyIsDefinedTwiceInAFile() throws IOException {
        List<String> duplicates = new ArrayList<>();
        for (String language : bundles.keySet()) {
            Set<String> seen = new HashSet<>();
            for (String line : rawLines(language)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (!seen.add(key)) {
                    duplicates.add(language + ": " + key);
                }
            }
        }
        assertTrue(duplicates.isEmpty(), "keys defined twice (the last one silently wins): " + duplicates);
    }

    @Test
    void noValueIsBlank() {
        List<String> blank = new ArrayList<>();
        bundles.forEach((language, p) -> p.stringPropertyNames().stream().sorted()
                .filter(k -> p.getProperty(k).isBlank())
                .forEach(k -> blank.add(language + ": " + k)));

        assertTrue(blank.isEmpty(), "blank values: " + blank);
    }

    @Test
    void filesAreValidUtf8() {
        List<String> broken = new ArrayList<>();
        bundles.forEach((language, p) -> p.stringPropertyNames().stream().sorted()
                .filter(k -> p.getProperty(k).indexOf('\uFFFD') >= 0)
                .forEach(k -> broken.add(language + ": " + k)));

        assertTrue(broken.isEmpty(), "values with undecodable bytes (file not saved as UTF-8?): " + broken);
    }

    @Test
    void everySchoolLevelHasALabel() {
        List<String> missing = new ArrayList<>();
        for (SchoolLevel level : SchoolLevel.values()) {
            assertKeyInEveryBundle("school.level." + level.name(), "SchoolLevel", missing);
        }
        assertTrue(missing.isEmpty(), "missing: " + missing);
    }

    @Test
    void everyRoleHasALabel() {
        List<String> missing = new ArrayList<>();
        for (Role role : Role.values()) {
            assertKeyInEveryBundle("role." + role.securityName(), "Role", missing);
        }
        assertTrue(missing.isEmpty(), "missing: " + missing);
    }

    @Test
    void everyKeyNamedInAPageExists() throws IOException {
        assertTrue(Files.isDirectory(WEBAPP), WEBAPP.toAbsolutePath() + " not found: run from the project root");
        List<String> missing = new ArrayList<>();
        int references = 0;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                Matcher m = MSG_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    references++;
                    assertKeyInEveryBundle(m.group(2), WEBAPP.relativize(file).toString(), missing);
                }
            }
        }
        assertTrue(references > 0, "no msg['...'] found in the pages: is the pattern still right?");
        assertTrue(missing.isEmpty(), "keys used in pages but missing from a bundle:\n" + String.join("\n", missing));
    }

    @Test
    void everyRosterAndPasswordKeyOfTheCodeExists() throws IOException {
        List<Path> sources = List.of(
                JAVA.resolve("org/haven/directory/domain/RosterCsv.java"),
                JAVA.resolve("org/haven/directory/domain/RosterLineCheck.java"),
                JAVA.resolve("org/haven/directory/domain/CsvRecords.java"),
                JAVA.resolve("org/haven/directory/application/RosterImport.java"),
                JAVA.resolve("org/haven/platform/security/PasswordPolicy.java"));
        Pattern literal = Pattern.compile("\"((?:roster|password)\\.[A-Za-z.]+)\"");
        List<String> missing = new ArrayList<>();
        int keys = 0;
        for (Path source : sources) {
            Matcher m = literal.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (m.find()) {
                keys++;
                String key = m.group(1);
                if (NAME_PREFIXES.contains(key)) {
                    continue; // completed at run time with .required or .invalid, checked below
                }
                assertKeyInEveryBundle(key, source.getFileName().toString(), missing);
            }
        }
        for (String prefix : NAME_PREFIXES) {
            assertKeyInEveryBundle(prefix + ".required", "RosterCsv.name", missing);
            assertKeyInEveryBundle(prefix + ".invalid", "RosterCsv.name", missing);
        }
        assertTrue(keys > 10, "expected the roster keys in the sources, found " + keys);
        assertTrue(missing.isEmpty(), "keys used in code but missing: " + missing);
    }

    @Test
    void everyPatternWithArgumentsParses() {
        List<String> broken = new ArrayList<>();
        bundles.forEach((language, p) -> {
            Locale locale = Locale.forLanguageTag(language);
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String value = p.getProperty(key);
                if (argumentsOf(value).isEmpty()) {
                    continue;
                }
                try {
                    MessageFormat format = new MessageFormat(value, locale);
                    Object[] args = {"A", "B", "C", "D", "E", "F"};
                    java.text.Format[] formats = format.getFormatsByArgumentIndex();
                    for (int i = 0; i < formats.length && i < args.length; i++) {
                        if (formats[i] instanceof java.text.NumberFormat || formats[i] instanceof java.text.ChoiceFormat) {
                            args[i] = 2;
                        }
                    }
                    format.format(args);
                } catch (IllegalArgumentException e) {
                    broken.add(language + ": " + key + " = " + value + " (" + e.getMessage() + ")");
                }
            }
        });
        assertTrue(broken.isEmpty(), "patterns MessageFormat cannot read:\n" + String.join("\n", broken));
    }

    @Test
    void patternsWithArgumentsHaveNoPlainApostrophe() {
        // MessageFormat reads ' as a quote: "l'{0}" would print "l{0}" literally. Use ’ (or '') instead.
        List<String> quoted = new ArrayList<>();
        bundles.forEach((language, p) -> new TreeSet<>(p.stringPropertyNames()).forEach(key -> {
            String value = p.getProperty(key);
            if (!argumentsOf(value).isEmpty() && value.replace("''", "").indexOf('\'') >= 0) {
                quoted.add(language + ": " + key + " = " + value);
            }
        }));
        assertTrue(quoted.isEmpty(), "plain apostrophes in MessageFormat patterns:\n" + String.join("\n", quoted));
    }

    @Test
    void frenchAndEnglishUseTheSameArguments() {
        Properties en = bundles.get("en");
        Properties fr = bundles.get("fr");
        List<String> different = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            if (fr.containsKey(key) && !argumentsOf(en.getProperty(key)).equals(argumentsOf(fr.getProperty(key)))) {
                different.add(key + ": en " + argumentsOf(en.getProperty(key)) + ", fr "
                        + argumentsOf(fr.getProperty(key)));
            }
        }
        assertTrue(different.isEmpty(), "arguments differ between languages:\n" + String.join("\n", different));
    }

    @Test
    void frenchArgumentsSurviveFormatting() {
        // A pattern whose apostrophe quotes an argument away would still parse: check the value comes out.
        Properties fr = bundles.get("fr");
        List<String> lost = new ArrayList<>();
        for (String key : new TreeSet<>(fr.stringPropertyNames())) {
            String value = fr.getProperty(key);
            Set<String> args = argumentsOf(value);
            if (args.isEmpty()) {
                continue;
            }
            Object[] markers = new Object[10];
            for (int i = 0; i < markers.length; i++) {
                markers[i] = "\u00ABARG" + i + "\u00BB";
            }
            String text;
            try {
                text = new MessageFormat(value, Locale.FRENCH).format(markers);
            } catch (IllegalArgumentException e) {
                continue; // reported by everyPatternWithArgumentsParses
            }
            for (String a : args) {
                if (value.contains("{" + a + "}") && !text.contains("\u00ABARG" + a + "\u00BB")) {
                    lost.add(key + " loses {" + a + "}: " + text);
                }
            }
        }
        assertTrue(lost.isEmpty(), String.join("\n", lost));
    }

    @Test
    void messagesTextFormatsWithTheBundles() {
        assertEquals(bundles.get("fr").getProperty("roster.empty"), Messages.text(Locale.FRENCH, "roster.empty"));
        assertEquals(bundles.get("en").getProperty("roster.empty"), Messages.text(Locale.ENGLISH, "roster.empty"));
        assertEquals(new MessageFormat(bundles.get("en").getProperty("roster.ref.duplicate"), Locale.ENGLISH)
                        .format(new Object[]{"S1", 2}),
                Messages.text(Locale.UK, "roster.ref.duplicate", "S1", 2));
        assertFalse(Messages.text(Locale.ENGLISH, "roster.ref.duplicate", "S1", 2).contains("{"));
    }

    @Test
    void messagesTextFallsBackToTheKey() {
        assertEquals("no.such.key", Messages.text(Locale.ENGLISH, "no.such.key"));
    }

    @Test
    void messagesSupportedLocales() {
        assertEquals(Locale.ENGLISH, Messages.supported(Locale.US));
        assertEquals(Locale.FRENCH, Messages.supported(Locale.CANADA_FRENCH));
        assertEquals(Locale.FRENCH, Messages.supported(Locale.GERMAN));
        assertEquals(Locale.FRENCH, Messages.supported(null));
        assertEquals(Locale.ENGLISH, Messages.firstSupported(List.of(Locale.GERMAN, Locale.UK, Locale.FRENCH)));
        assertEquals(Locale.FRENCH, Messages.firstSupported(List.of(Locale.GERMAN)));
        assertEquals(Locale.FRENCH, Messages.firstSupported(List.of()));
        assertTrue(Messages.has("roster.empty"));
        assertFalse(Messages.has("no.such.key"));
    }
}
