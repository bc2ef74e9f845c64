package org.haven.surveys.infrastructure;

import org.haven.protocol.domain.ProtocolInvalidException;
import org.haven.protocol.infrastructure.BundledProtocols;
import org.haven.surveys.domain.SurveyDefinition;

import java.util.ArrayList;
import java.util.List;

/**
 * The survey files shipped in the WAR (WEB-INF/classes/protocols/surveys/), listed by protocols/surveys/index.txt,
 * read through the protocols' loader. Ships only valid files: a unit test parses them all.
 */
public final class BundledSurveys {

    private static final String FOLDER = "surveys/";

    private BundledSurveys() {
    }

    /** The file names of the index, in its order. */
    public static List<String> names() {
        return BundledProtocols.read(FOLDER + "index.txt").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    public static String read(String name) {
        return BundledProtocols.read(FOLDER + name);
    }

    /** Every shipped survey, parsed. */
    public static List<SurveyDefinition> all() throws ProtocolInvalidException {
        SurveyParser parser = new SurveyParser();
        List<SurveyDefinition> all = new ArrayList<>();
        for (String name : names()) {
            all.add(parser.parse("protocols/surveys/" + name, read(name)));
        }
        return all;
    }
}
