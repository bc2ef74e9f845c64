package org.haven.surveys.api;

import org.haven.helplines.application.HelpLine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the surveys API. */
public final class SurveyDtos {

    private SurveyDtos() {
    }

    /**
     * A pupil's answers: question id to value (an option id, a list of option ids, a whole number or a text);
     * wantsContact with a few words asks an adult to get in touch (a confidential report); shareAnswers adds the
     * answers to that report.
     */
    public record Answers(Map<String, Object> answers, Boolean wantsContact, String message, Boolean shareAnswers) {
    }

    /** What a pupil receives: the receipt (only with a contact request) and the help lines that fit. */
    public record Answered(String receipt, boolean urgent, boolean danger, List<HelpLine> helpLines) {
    }

    /** A campaign to open. */
    public record NewCampaign(Long schoolId, String surveyId, String title, String opensOn, String closesOn,
                              List<String> groups) {
    }

    public record Group(String label, String accessCode, long responses) {
    }

    public record Campaign(long id, long schoolId, String school, String surveyId, String title, LocalDate opensOn,
                           LocalDate closesOn, String state, long responses, List<Group> groups) {
    }
}
