package org.haven.surveys.application;

import org.haven.helplines.application.HelpLine;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What the survey services hand to pages and resources: records, never entities. */
public final class SurveyViews {

    private SurveyViews() {
    }

    /** An option as the pupil reads it; danger: choosing it shows the help lines at once. */
    public record OptionView(String id, String text, boolean danger) implements Serializable {
    }

    /** A skip: shown only when question {@code question} was answered with one of these options. */
    public record ShowIfView(String question, List<String> answerIn) implements Serializable {
        /** The options, space-separated, for the page's data attribute. */
        public String joined() {
            return String.join(" ", answerIn);
        }
    }

    /** A question in the pupil's language. */
    public record QuestionView(String id, String kind, String text, List<OptionView> options, Integer min,
                               Integer max, String low, String high, Integer maxLength, ShowIfView showIf)
            implements Serializable {
    }

    /** The questionnaire behind an access code, in one language, with the help lines it may show at once. */
    public record Questionnaire(String accessCode, String surveyId, String title, String intro, String language,
                                LocalDate closesOn, List<QuestionView> questions, List<HelpLine> helpLines)
            implements Serializable {
    }

    /**
     * What a pupil gets back: the receipt when they asked to be contacted (null otherwise), the help lines when they
     * asked for contact or said they are in danger (empty otherwise), and the mark their browser keeps.
     */
    public record Answered(String receipt, boolean urgent, boolean danger, List<HelpLine> helpLines,
                           DeviceMark mark) implements Serializable {
    }

    /** The campaign-scoped cookie that says "this browser answered": a name, a value, how long to keep it. */
    public record DeviceMark(String name, String value, long maxAgeSeconds) implements Serializable {
    }

    /** A class or level of a campaign with its code. */
    public record GroupView(long id, String label, String accessCode, long responses) implements Serializable {
    }

    /** A campaign as staff see it. */
    public record CampaignView(long id, long schoolId, String schoolName, String surveyId, String title,
                               LocalDate opensOn, LocalDate closesOn, String state, List<GroupView> groups,
                               long responses) implements Serializable {
    }
}
