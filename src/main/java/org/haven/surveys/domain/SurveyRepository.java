package org.haven.surveys.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Campaigns, their groups and the anonymous responses. */
public interface SurveyRepository {

    /** A count of answers: the group, the question, the option (or scale value), how many. */
    record AnswerCount(long groupId, String questionId, String value, long count) {
    }

    <T> T add(T entity);

    Optional<SurveyCampaign> campaign(long id);

    /** The campaigns of these schools (null: of every school), the latest opening first. */
    List<SurveyCampaign> campaignsOf(Collection<Long> schoolIds);

    /** The campaign of the same school and questionnaire that opened last before this one. */
    Optional<SurveyCampaign> previous(SurveyCampaign campaign);

    List<SurveyGroup> groups(long campaignId);

    Optional<SurveyGroup> groupByCode(String code);

    boolean codeTaken(String code);

    /** Responses per group of the campaign (group id, count). */
    List<AnswerCount> responsesPerGroup(long campaignId);

    /** Every choice and scale answer of the campaign, counted by group, question and value. */
    List<AnswerCount> answerCounts(long campaignId);

    /** The free texts answered to a campaign, in alphabetical order (never the order they came in). */
    List<String> texts(long campaignId, String questionId);

    long responses(long campaignId);
}
