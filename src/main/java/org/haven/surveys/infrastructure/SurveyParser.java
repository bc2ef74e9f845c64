package org.haven.surveys.infrastructure;

import org.haven.directory.domain.SchoolLevel;
import org.haven.platform.text.Texts;
import org.haven.protocol.domain.LocalizedText;
import org.haven.protocol.domain.ProtocolInvalidException;
import org.haven.protocol.infrastructure.ParseContext;
import org.haven.protocol.infrastructure.YamlDocument;
import org.haven.protocol.infrastructure.YamlMap;
import org.haven.surveys.domain.SurveyDefinition;
import org.haven.surveys.domain.SurveyQuestion;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a survey file (protocols/surveys/README.md) and checks it whole, with the protocols' reader: every problem
 * with its file and line, so that an author fixes a draft in one pass. Problems are in English, like the
 * protocols' (they name YAML keys).
 */
public final class SurveyParser {

    private static final List<String> TOP_KEYS = List.of("id", "version", "title", "intro", "languages", "levels",
            "questions");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    static final int MAX_QUESTIONS = 40;

    /**
     * @throws ProtocolInvalidException with every problem found, each with the file name and line
     */
    public SurveyDefinition parse(String fileName, String yamlText) throws ProtocolInvalidException {
        ParseContext context = new ParseContext(fileName);
        Optional<Node> root = YamlDocument.compose(context, yamlText);
        SurveyDefinition survey = null;
        if (root.isPresent()) {
            survey = read(context, root.get());
        } else if (context.problems().isEmpty()) {
            context.problem(1, "the file is empty; a survey starts with 'id:', 'version:' and 'title:'");
        }
        if (!context.problems().isEmpty() || survey == null) {
            throw new ProtocolInvalidException(context.problems());
        }
        return survey;
    }

    private static SurveyDefinition read(ParseContext context, Node root) {
        YamlMap top = YamlMap.of(context, root, "the survey", TOP_KEYS);
        if (top == null) {
            return null;
        }
        String id = top.string("id", true);
        if (id != null && !context.checkId(top.get("id"), id, "the survey")) {
            id = null;
        }
        Integer version = top.integer("version");
        if (top.require("version", null) != null && version != null && version < 1) {
            context.problem(top.get("version"), "the survey version must be a positive whole number, not '"
                    + version + "'");
        }
        int before = context.problems().size();
        List<String> languages = languages(context, top);
        context.languages(context.problems().size() == before ? languages : List.of());
        Node titleNode = top.require("title", null);
        LocalizedText title = titleNode == null ? null : context.text(titleNode, "the survey title");
        Node introNode = top.get("intro");
        LocalizedText intro = introNode == null ? null : context.text(introNode, "the survey intro");
        Set<SchoolLevel> levels = levels(context, top);
        List<Node> questionNodes = top.list("questions", true);
        if (top.get("questions") != null && questionNodes.isEmpty()) {
            context.problem(top.get("questions"), "the survey has no questions");
        }
        if (questionNodes.size() > MAX_QUESTIONS) {
            context.problem(top.get("questions"), "the survey has " + questionNodes.size()
                    + " questions; at most " + MAX_QUESTIONS + ", so that a pupil answers in a few minutes");
        }
        List<SurveyQuestion> questions = new QuestionsReader(context).read(questionNodes);
        if (!context.problems().isEmpty() || id == null || version == null || title == null) {
            return null;
        }
        return new SurveyDefinition(id, version, title, intro, languages, levels, questions);
    }

    private static List<String> languages(ParseContext context, YamlMap top) {
        List<YamlMap.Item> items = top.strings("languages", true);
        for (YamlMap.Item item : items) {
            if (!LANGUAGE.matcher(item.text()).matches()) {
                context.problem(item.node(), "'" + item.text() + "' is not a two-letter language such as fr or en");
            }
        }
        if (top.get("languages") != null && items.isEmpty()) {
            context.problem(top.get("languages"), "the survey needs at least one language, for example [fr, en]");
        }
        return items.stream().map(YamlMap.Item::text).toList();
    }

    private static Set<SchoolLevel> levels(ParseContext context, YamlMap top) {
        Set<SchoolLevel> levels = EnumSet.noneOf(SchoolLevel.class);
        for (YamlMap.Item item : top.strings("levels", true)) {
            try {
                levels.add(Texts.enumNamed(SchoolLevel.class, item.text()));
            } catch (IllegalArgumentException e) {
                context.problem(item.node(), "'" + item.text()
                        + "' is not a school level; use primary, college or lycee");
            }
        }
        return levels;
    }
}
