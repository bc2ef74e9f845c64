package org.haven.surveys.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.insight.domain.Cell;
import org.haven.insight.domain.ShownTable;
import org.haven.insight.domain.Suppression;
import org.haven.surveys.domain.QuestionKind;
import org.haven.surveys.domain.SurveyCampaign;
import org.haven.surveys.domain.SurveyDefinition;
import org.haven.surveys.domain.SurveyGroup;
import org.haven.surveys.domain.SurveyQuestion;
import org.haven.surveys.domain.SurveyRepository;
import org.haven.surveys.domain.SurveyRepository.AnswerCount;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A campaign's results: per question, the whole school's counts, each class's or level's, and the previous
 * campaign's of the same questionnaire in the school, every table through insight's small-number suppression
 * (no figure from 1 to 4, no total under 5, complementary hiding). Free texts are shown only when the campaign
 * has at least as many responses as the threshold, in alphabetical order. Reading results is audited.
 */
@ApplicationScoped
public class SurveyResults {

    private static final Suppression SUPPRESSION = new Suppression(Suppression.DEFAULT_THRESHOLD);

    @Inject
    SurveyRepository surveys;

    @Inject
    SurveyCatalog catalog;

    @Inject
    SurveyCampaigns campaigns;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    /**
     * A row of a question's table: an option (or scale value), its count now and in the previous campaign; a
     * suppressed count is null (left out of JSON) and flagged, so that a reader tells it from "no previous campaign".
     */
    public record Row(String key, String label, Long count, boolean suppressed, Long previous,
                      boolean previousSuppressed) implements Serializable {
    }

    /** A class's or level's counts, in the order of the question's rows. */
    public record GroupCounts(String label, List<Long> counts, Long total) implements Serializable {
    }

    public record QuestionResult(String id, String text, String kind, List<Row> rows, Long total, Long previousTotal,
                                 List<GroupCounts> groups, List<String> texts) implements Serializable {
    }

    public record Results(SurveyViews.CampaignView campaign, int threshold, Long previousCampaignId,
                          String previousTitle, List<QuestionResult> questions) implements Serializable {
    }

    @Transactional
    public Optional<Results> of(long campaignId, Locale locale) {
        Optional<SurveyCampaign> found = campaigns.inScope(campaignId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SurveyCampaign c = found.get();
        SurveyDefinition survey = catalog.of(c);
        Optional<SurveyCampaign> previous = surveys.previous(c);
        List<AnswerCount> counts = surveys.answerCounts(c.id());
        List<AnswerCount> before = previous.map(p -> surveys.answerCounts(p.id())).orElse(List.of());
        List<SurveyGroup> groups = surveys.groups(c.id());
        long responses = surveys.responses(c.id());
        List<QuestionResult> questions = new ArrayList<>();
        for (SurveyQuestion q : survey.questions()) {
            questions.add(question(q, counts, before, previous.isPresent(), groups, responses, c, locale));
        }
        audit.record(actor.get().did("SURVEY_RESULTS_VIEWED", "survey_campaign", c.id(), c.schoolId(),
                responses + " response(s)"));
        return Optional.of(new Results(campaigns.view(c), SUPPRESSION.threshold(), previous.map(SurveyCampaign::id)
                .orElse(null), previous.map(SurveyCampaign::title).orElse(null), questions));
    }

    private QuestionResult question(SurveyQuestion q, List<AnswerCount> counts, List<AnswerCount> before,
                                    boolean hasPrevious, List<SurveyGroup> groups, long responses, SurveyCampaign c,
                                    Locale locale) {
        if (q.kind() == QuestionKind.TEXT) {
            List<String> texts = responses >= SUPPRESSION.threshold() ? surveys.texts(c.id(), q.id()) : List.of();
            return new QuestionResult(q.id(), q.text().in(locale), q.kind().key(), List.of(), null, null, List.of(),
                    texts);
        }
        List<String> keys = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (q.kind() == QuestionKind.SCALE) {
            for (int v = q.min(); v <= q.max(); v++) {
                keys.add(String.valueOf(v));
                labels.add(v == q.min() ? v + " (" + q.low().in(locale) + ")"
                        : v == q.max() ? v + " (" + q.high().in(locale) + ")" : String.valueOf(v));
            }
        } else {
            q.options().forEach(o -> {
                keys.add(o.id());
                labels.add(o.text().in(locale));
            });
        }
        ShownTable now = SUPPRESSION.apply(cells(keys, counts, q.id(), null));
        ShownTable then = hasPrevious ? SUPPRESSION.apply(cells(keys, before, q.id(), null)) : null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            rows.add(new Row(keys.get(i), labels.get(i), now.rows().get(i).count(), now.rows().get(i).suppressed(),
                    then == null ? null : then.rows().get(i).count(), then != null && then.rows().get(i).suppressed()));
        }
        List<GroupCounts> perGroup = groups.stream().map(g -> {
            ShownTable t = SUPPRESSION.apply(cells(keys, counts, q.id(), g.id()));
            return new GroupCounts(g.label(), t.rows().stream().map(r -> r.count()).toList(), t.total());
        }).toList();
        return new QuestionResult(q.id(), q.text().in(locale), q.kind().key(), rows, now.total(),
                then == null ? null : then.total(), perGroup, List.of());
    }

    /** The cells of one question, for the whole campaign (group null) or one group, one per key, zeros included. */
    static List<Cell> cells(List<String> keys, List<AnswerCount> counts, String questionId, Long groupId) {
        Map<String, Long> byKey = counts.stream()
                .filter(a -> a.questionId().equals(questionId) && (groupId == null || a.groupId() == groupId))
                .collect(Collectors.groupingBy(AnswerCount::value, Collectors.summingLong(AnswerCount::count)));
        return keys.stream().map(k -> new Cell(k, byKey.getOrDefault(k, 0L))).toList();
    }
}
