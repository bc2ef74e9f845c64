package org.haven.training.infrastructure;

import org.haven.training.domain.ModuleProblem;
import org.haven.training.domain.TrainingModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Module files: what loads, and every problem, each with its file and line. */
class ModuleParserTest {

    static final String VALID = """
            id: sample
            version: 2
            title:
              fr: Exemple
              en: Sample
            summary:
              fr: Résumé
              en: Summary
            minutes: 10
            valid_for: 18 months
            lessons:
              - id: one
                title:
                  fr: Un
                  en: One
                text:
                  fr: lessons/one.fr.md
                  en: lessons/one.en.md
                scenarios:
                  - id: s1
                    situation:
                      fr: Situation
                      en: Situation
                    prompt:
                      fr: Que faire ?
                      en: What to do?
                    answers:
                      - id: a
                        correct: true
                        text: {fr: A, en: A}
                        explanation: {fr: Oui, en: Yes}
                      - id: b
                        text: {fr: B, en: B}
                        explanation: {fr: Non, en: No}
            quiz:
              pass_mark: 50
              questions:
                - id: q1
                  prompt: {fr: Q1, en: Q1}
                  answers:
                    - {id: a, correct: true, text: {fr: A, en: A}, explanation: {fr: Oui, en: Yes}}
                    - {id: b, text: {fr: B, en: B}, explanation: {fr: Non, en: No}}
                - id: q2
                  prompt: {fr: Q2, en: Q2}
                  answers:
                    - {id: a, text: {fr: A, en: A}, explanation: {fr: Non, en: No}}
                    - {id: b, correct: true, text: {fr: B, en: B}, explanation: {fr: Oui, en: Yes}}
            """;

    private final Map<String, String> files = new HashMap<>(Map.of(
            "sample/module.yaml", VALID,
            "sample/lessons/one.fr.md", "# Titre\n\nTexte ![un schéma](images/a.svg) <script>alert(1)</script>\n",
            "sample/lessons/one.en.md", "# Title\n\nText [link](javascript:alert(1))\n",
            "sample/images/a.svg", "<svg/>"));

    private ModuleFiles files() {
        return path -> Optional.ofNullable(files.get(path)).map(s -> s.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(String yaml) {
        files.put("sample/module.yaml", yaml);
        ModuleParser.Result r = ModuleParser.parse("sample/module.yaml", files());
        assertTrue(r.module().isEmpty() || r.problems().isEmpty());
        return r.problems().stream().map(ModuleProblem::toString).toList();
    }

    @Test
    void aValidModuleLoadsWithSafeHtml() {
        ModuleParser.Result r = ModuleParser.parse("sample/module.yaml", files());

        assertEquals(List.of(), r.problems());
        TrainingModule m = r.module().orElseThrow();
        assertEquals("sample", m.id());
        assertEquals(2, m.version());
        assertEquals(Period.ofMonths(18), m.validFor());
        assertEquals(50, m.passMark());
        assertEquals(1, m.lessons().getFirst().scenarios().size());
        String fr = m.lessons().getFirst().html().fr();
        assertTrue(fr.contains("<h3>Titre</h3>"), "headings move down two levels: " + fr);
        assertTrue(fr.contains("&lt;script&gt;"), "raw HTML is escaped: " + fr);
        assertFalse(fr.contains("<script"));
        assertTrue(fr.contains("src=\"media/sample/images/a.svg\" alt=\"un schéma\""), fr);
        assertFalse(m.lessons().getFirst().html().en().contains("javascript:"), "unsafe links are sanitised");
        assertEquals(java.util.Set.of("images/a.svg"), m.images());
        assertEquals(1, r.idLine());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "version: 2|version: two|sample/module.yaml:2: version must be a whole number from 1 to 100000, not 'two'",
            "id: sample|id: Sample_1|sample/module.yaml:1: module id 'Sample_1' must be lower-case letters, digits and dashes (at most 64)",
            "minutes: 10|minutes: 10\\nauthor: me|sample/module.yaml:10: module: unknown key 'author' (expected one of id, version, title, summary, minutes, lessons, quiz, valid_for)",
            "valid_for: 18 months|valid_for: forever|sample/module.yaml:10: valid_for must read like '2 years', '18 months' or '90 days', not 'forever'",
            "'  en: Sample'|'  de: Beispiel'|sample/module.yaml:5: title: unknown key 'de' (expected one of fr, en)",
            "'  pass_mark: 50'|'  pass_mark: 150'|sample/module.yaml:36: pass_mark (percent) must be a whole number from 1 to 100, not '150'",
            "'      en: lessons/one.en.md'|'      en: lessons/two.en.md'|sample/module.yaml:18: lesson text 'lessons/two.en.md' does not exist",
            "'      en: lessons/one.en.md'|'      en: ../secret.md'|sample/module.yaml:18: lesson text '../secret.md' must be a .md file of the module folder, named from that folder",
            "'            correct: true'|'            correct: yes'|sample/module.yaml:29: correct must be true or false, not 'yes'",
            "'          - id: b'|'          - id: a'|sample/module.yaml:32: answer id 'a' is used twice in this scenario",
            "'    - id: q2'|'    - id: q1'|sample/module.yaml:43: question id 'q1' is used twice in this module",
            "'explanation: {fr: Non, en: No}'|'explanation: {fr: Non}'|sample/module.yaml:34: explanation: 'en' is missing",
            "title:|titre:|sample/module.yaml:3: module: unknown key 'titre' (expected one of id, version, title, summary, minutes, lessons, quiz, valid_for)",
    })
    void eachProblemNamesItsFileAndLine(String from, String to, String expected) {
        List<String> problems = problems(VALID.replace(from, to.replace("\\n", "\n")));
        assertTrue(problems.contains(expected), () -> "expected " + expected + " in " + problems);
    }

    @Test
    void aQuestionNeedsExactlyOneRightAnswer() {
        String twoRight = VALID.replace("- {id: a, text: {fr: A, en: A}, explanation: {fr: Non, en: No}}",
                "- {id: a, correct: true, text: {fr: A, en: A}, explanation: {fr: Non, en: No}}");
        assertEquals(List.of("sample/module.yaml:46: question needs exactly one answer marked 'correct: true', not 2"),
                problems(twoRight));
    }

    @Test
    void aMissingKeyIsReportedOnItsMapping() {
        assertEquals(List.of("sample/module.yaml:1: module: 'minutes' is missing"),
                problems(VALID.replace("minutes: 10\n", "")));
    }

    @Test
    void brokenYamlGivesTheLineOfTheError() {
        assertEquals(List.of("sample/module.yaml:5: not valid YAML: mapping values are not allowed here"),
                problems(VALID.replace("  en: Sample", "  en: Sample: oops")));
    }

    @Test
    void anEmptyFileAndAMissingFileAreRefused() {
        assertEquals(List.of("sample/module.yaml:1: the file is empty"), problems(""));
        files.remove("sample/module.yaml");
        assertEquals(List.of("sample/module.yaml:1: file not found"),
                ModuleParser.parse("sample/module.yaml", files()).problems().stream().map(Object::toString).toList());
    }

    @Test
    void imagesMustExistStayInTheModuleAndDescribeThemselves() {
        files.put("sample/lessons/one.fr.md", "Texte\n\n![](images/a.svg)\n\n![x](images/b.svg)\n\n![x](../a.svg)\n"
                + "\n![x](images/a.exe)\n");
        List<String> problems = problems(VALID);
        assertEquals(List.of(
                "sample/lessons/one.fr.md:3: image 'images/a.svg' needs a text alternative: ![what it shows](images/a.svg)",
                "sample/lessons/one.fr.md:5: image 'images/b.svg' does not exist",
                "sample/lessons/one.fr.md:7: image '../a.svg' must be a file of the module folder, named from that folder",
                "sample/lessons/one.fr.md:9: image 'images/a.exe' must be one of gif, jpeg, jpg, png, svg, webp"),
                problems);
    }

    @Test
    void theLoaderRefusesABadModuleAndADuplicateIdButLoadsTheOthers() {
        files.put("index.txt", "# modules\nsample/module.yaml\n\nbroken/module.yaml\nsample/module.yaml\nnot-yaml.txt\n");
        files.put("broken/module.yaml", "id: [");

        ModuleLoader.Loaded loaded = ModuleLoader.load(files());

        assertEquals(List.of("sample"), loaded.modules().stream().map(TrainingModule::id).toList());
        assertEquals("sample/", loaded.folders().get("sample"));
        List<String> problems = loaded.problems().stream().map(Object::toString).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("broken/module.yaml:1: not valid YAML"), problems.get(0));
        assertEquals("sample/module.yaml:1: module id 'sample' is already used by sample/module.yaml; this module is"
                + " refused", problems.get(1));
        assertEquals("index.txt:6: 'not-yaml.txt' must name a .yaml file under the training folder", problems.get(2));
    }

    @Test
    void aMissingIndexIsAProblem() {
        assertEquals("index.txt:1: the index of training modules is missing",
                ModuleLoader.load(files()).problems().getFirst().toString());
    }
}
