package org.haven.surveys.domain;

import org.haven.directory.domain.SchoolLevel;
import org.haven.protocol.domain.LocalizedText;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A questionnaire as its file describes it (protocols/surveys/*.yaml, format in protocols/surveys/README.md). */
public record SurveyDefinition(String id, int version, LocalizedText title, LocalizedText intro,
                               List<String> languages, Set<SchoolLevel> levels, List<SurveyQuestion> questions) {

    public SurveyDefinition {
        languages = List.copyOf(languages);
        levels = Set.copyOf(levels);
        questions = List.copyOf(questions);
    }

    public Optional<SurveyQuestion> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
