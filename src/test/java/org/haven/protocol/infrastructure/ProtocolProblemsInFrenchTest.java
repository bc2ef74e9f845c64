package org.haven.protocol.infrastructure;

import org.haven.protocol.domain.ProtocolInvalidException;
import org.haven.protocol.domain.ProtocolProblem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An uploaded protocol's problems read in the page's language (issue 23: they were English on French pages): a file
 * with one mistake of each kind gives French problems in French, with no English sentence or bundle key left, and
 * the same problems in English as before.
 */
class ProtocolProblemsInFrenchTest {

    /** Nearly every kind of mistake a district could make, one per line or two. */
    private static final String BROKEN = """
            id: Demo_1
            version: zero
            title: {fr: "Démo", de: "Demo"}
            languages: [fr, en, french, en]
            applies_to: [colege]
            colour: blue
            forms:
              - id: talk
                title: {fr: "Entretien", en: ""}
                fields:
                  - id: who
                    type: txt
                    label: {fr: "Qui", en: "Who"}
                    min: 2
                  - id: who
                    type: choice
                    label: {fr: "Quoi", en: "What"}
                  - id: n
                    type: number
                    min: 5
                    max: 2
                    label: {fr: "Nombre", en: "Number"}
            steps:
              - id: start
                title: {fr: "Début", en: "Start"}
                guidance: {fr: "Lire", en: "Read"}
                owner: referant
                due: 1 scool day
                form: chat
                kind: talkative
                after: [end]
                pupil_visible: maybe
              - id: start
                title: "Début"
                owner: district_lead
              - id: end
                title: {fr: "Fin", en: "End"}
                guidance: {fr: "Fin", en: "End"}
                owner: referent
                due: 1 hour
                after: [start]
            escalations:
              - id: danger
                when: risk.self_harm or (risk.threats
                do: [notify nobody, referral moon, dance]
              - id: decide
                when: risk.selfharm and overdue.nostep
                do: [require_decision]
              - id: empty
                when: risk.threats
                within: soon
                do: []
            overdue:
              - do: [referral police]
            closing:
              required_steps: [finish]
            evidence_export: [teacher, janitor]
            follow_up: [0 days, fortnight]
            """;

    private static List<ProtocolProblem> problems() {
        ProtocolInvalidException e = assertThrows(ProtocolInvalidException.class,
                () -> new ProtocolParser().parse("demo.yaml", BROKEN));
        return e.problems();
    }

    @Test
    void everyProblemReadsInFrenchWithoutEnglishOrKeys() {
        List<ProtocolProblem> problems = problems();
        assertTrue(problems.size() > 25, () -> problems.size() + " problems: " + problems);
        Pattern english = Pattern.compile("\\b(must|which|has no|is not|use one of|the protocol|step '|is used twice"
                + "|write for example|did you mean|cannot be read|not valid|unknown key)\\b");
        List<String> wrong = new ArrayList<>();
        for (ProtocolProblem p : problems) {
            String fr = p.message(Locale.FRENCH);
            if (english.matcher(fr).find() || fr.contains("protocol.") || fr.contains("{0")) {
                wrong.add(p.line() + ": " + fr);
            }
            assertFalse(p.message(Locale.ENGLISH).contains("protocol."), p::toString);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void printsTheFrenchProblemsForPeopleToRead() {
        problems().forEach(p -> System.out.println("FR " + p.describe(Locale.FRENCH)));
    }

    @Test
    void aProblemInBothLanguages() {
        ProtocolProblem owner = problems().stream().filter(p -> p.message().contains("owner 'referant'"))
                .findFirst().orElseThrow();
        assertEquals("step 'start' has owner 'referant', which is not a role (did you mean"
                + " 'referent'?); use one of teacher, staff, referent, head_of_school", owner.message());
        assertEquals("l’étape « start » a pour responsable « referant », qui n’est pas un rôle"
                + " (vouliez-vous dire « referent » ?) ; utilisez l’un de ceux-ci : teacher, staff,"
                + " referent, head_of_school", owner.message(Locale.FRENCH));
        assertEquals("demo.yaml:" + owner.line() + ": " + owner.message(), owner.toString());
    }

    /** Every key the protocol reader names in its sources is in both bundles. */
    @Test
    void everyProblemKeyOfTheCodeIsInBothBundles() throws IOException {
        Pattern literal = Pattern.compile("\"(protocol\\.(?:problem|what|kind)\\.[A-Za-z.]+)\"");
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (String folder : List.of("src/main/java/org/haven/protocol/infrastructure",
                "src/main/java/org/haven/protocol/domain", "src/main/java/org/haven/protocol/application")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path f : files.toList()) {
                    Matcher m = literal.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        found++;
                        String key = m.group(1);
                        for (String language : List.of("fr", "en")) {
                            if (!bundle(language).containsKey(key) && !key.endsWith(".")) {
                                missing.add(language + " " + key + " (" + f.getFileName() + ")");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(found > 60, "keys found in the sources: " + found);
        assertEquals(List.of(), missing);
        for (String kind : List.of("step", "escalation", "form")) {
            for (String language : List.of("fr", "en")) {
                assertTrue(bundle(language).containsKey("protocol.what." + kind + ".n"), kind);
            }
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProtocolProblemsInFrenchTest.class.getResourceAsStream(
                "/i18n/messages_" + language + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
