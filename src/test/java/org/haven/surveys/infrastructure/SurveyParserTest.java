package org.haven.surveys.infrastructure;

import org.haven.directory.domain.SchoolLevel;
import org.haven.protocol.domain.ProtocolInvalidException;
import org.haven.protocol.domain.ProtocolProblem;
import org.haven.surveys.domain.QuestionKind;
import org.haven.surveys.domain.SurveyDefinition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The survey files: the shipped ones are valid, and each kind of mistake is reported as file:line. */
class SurveyParserTest {

    private final SurveyParser parser = new SurveyParser();

    private static final String GOOD = """
            id: tiny
            version: 1
            title: {fr: "Petit", en: "Small"}
            languages: [fr, en]
            levels: [primary]
            questions:
              - id: feel
                kind: scale
                text: {fr: "Ça va ?", en: "All right?"}
                low: {fr: "Non", en: "No"}
                high: {fr: "Oui", en: "Yes"}
              - id: hurt
                kind: single
                text: {fr: "Embêté ?", en: "Picked on?"}
                options:
                  - {id: no, text: {fr: "Non", en: "No"}}
                  - {id: yes, text: {fr: "Oui", en: "Yes"}, danger: [threats]}
              - id: where
                kind: multiple
                show_if: {question: hurt, answer_in: [yes]}
                text: {fr: "Où ?", en: "Where?"}
                options:
                  - {id: class, text: {fr: "Classe", en: "Class"}}
                  - {id: yard, text: {fr: "Cour", en: "Yard"}}
              - id: more
                kind: text
                max_length: 100
                text: {fr: "Autre chose ?", en: "Anything else?"}
            """;

    private List<String> problems(String yaml) {
        ProtocolInvalidException e = assertThrows(ProtocolInvalidException.class, () -> parser.parse("s.yaml", yaml));
        return e.problems().stream().map(ProtocolProblem::toString).toList();
    }

    @Test
    void aGoodFileGivesEveryKindOfQuestion() throws ProtocolInvalidException {
        SurveyDefinition s = parser.parse("s.yaml", GOOD);
        assertEquals("tiny", s.id());
        assertEquals(Set.of(SchoolLevel.PRIMARY), s.levels());
        assertEquals(List.of(QuestionKind.SCALE, QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.TEXT),
                s.questions().stream().map(q -> q.kind()).toList());
        assertEquals(1, s.questions().get(0).min());
        assertEquals(5, s.questions().get(0).max());
        assertEquals(Set.of("THREATS"), s.question("hurt").orElseThrow().option("yes").orElseThrow().danger());
        assertEquals("hurt", s.question("where").orElseThrow().showIf().questionId());
        assertEquals("Picked on?", s.question("hurt").orElseThrow().text().in(Locale.ENGLISH));
    }

    @Test
    void theShippedSurveysAreValidAndListed() throws ProtocolInvalidException, IOException {
        List<SurveyDefinition> all = BundledSurveys.all();
        assertEquals(List.of("pupils-primary", "pupils-secondary"), all.stream().map(SurveyDefinition::id).toList());
        Set<String> onDisk = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("protocols/surveys"))) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml")).forEach(onDisk::add);
        }
        assertEquals(onDisk, Set.copyOf(BundledSurveys.names()));
        for (SurveyDefinition s : all) {
            assertEquals(List.of("fr", "en"), s.languages());
            assertTrue(s.questions().stream().anyMatch(q -> q.kind() == QuestionKind.TEXT), s.id());
            assertTrue(s.questions().stream().anyMatch(q -> q.showIf() != null), s.id() + " has a skip");
            assertTrue(s.questions().stream().flatMap(q -> q.options().stream()).anyMatch(o -> !o.danger().isEmpty()),
                    s.id() + " asks about danger");
        }
    }

    @Test
    void yamlSyntaxErrorsHaveTheirLine() {
        List<String> p = problems("id: x\nversion: 1\ntitle: [unclosed\n");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("s.yaml:"), p.get(0));
        assertTrue(p.get(0).contains("not valid YAML"), p.get(0));
    }

    @Test
    void everyProblemIsReportedAtItsLine() {
        String bad = GOOD
                .replace("version: 1", "version: 0")
                .replace("levels: [primary]", "levels: [primary, university]")
                .replace("    kind: scale\n", "    kind: slider\n")
                .replace("{id: yes, text: {fr: \"Oui\", en: \"Yes\"}, danger: [threats]}",
                        "{id: yes, text: {fr: \"Oui\"}, danger: [sad]}")
                .replace("show_if: {question: hurt, answer_in: [yes]}", "show_if: {question: more, answer_in: [yes]}")
                .replace("max_length: 100", "max_length: 5000")
                .replace("  - id: more\n", "  - id: more\n    colour: red\n");
        List<String> p = problems(bad);
        assertTrue(p.contains("s.yaml:2: the survey version must be a positive whole number, not '0'"), p.toString());
        assertTrue(p.contains("s.yaml:5: 'university' is not a school level; use primary, college or lycee"),
                p.toString());
        assertTrue(p.contains("s.yaml:8: question 'feel': kind 'slider' is not known; use single, multiple, scale "
                + "or text"), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("s.yaml:17: ") && x.contains("has no 'en' text")),
                p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("s.yaml:17: ") && x.contains("danger 'sad' is not known")),
                p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("s.yaml:20: ") && x.contains("a skip can only look back")),
                p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("s.yaml:26: ") && x.contains("unknown key 'colour'")),
                p.toString());
        assertTrue(p.stream().anyMatch(x -> x.startsWith("s.yaml:28: ") && x.contains("max_length must be from 1 to")),
                p.toString());
    }

    @Test
    void aQuestionMayNotAskWhoThePupilIs() {
        List<String> p = problems(GOOD.replace("  - id: more\n", "  - id: name\n"));
        assertTrue(p.stream().anyMatch(x -> x.startsWith("s.yaml:25: ") && x.contains("asks who the pupil is")),
                p.toString());
    }

    @Test
    void questionsAreShortForYoungReaders() {
        String longText = "mot ".repeat(60).strip();
        List<String> p = problems(GOOD.replace("{fr: \"Autre chose ?\"", "{fr: \"" + longText + "\""));
        assertTrue(p.stream().anyMatch(x -> x.startsWith("s.yaml:28: ") && x.contains("at most 180")), p.toString());
    }

    @Test
    void kindsRefuseKeysThatAreNotTheirs() {
        List<String> p = problems(GOOD.replace("    max_length: 100\n", "    max_length: 100\n    min: 2\n"));
        assertTrue(p.stream().anyMatch(x -> x.startsWith("s.yaml:28: ") && x.contains("is a text question, which has "
                + "no 'min'")), p.toString());
    }

    @Test
    void choiceQuestionsNeedTwoDistinctOptions() {
        List<String> p = problems(GOOD.replace("{id: yard, text: {fr: \"Cour\", en: \"Yard\"}}",
                "{id: class, text: {fr: \"Cour\", en: \"Yard\"}}"));
        assertTrue(p.stream().anyMatch(x -> x.contains("the option id 'class' is used twice")), p.toString());
    }
}
