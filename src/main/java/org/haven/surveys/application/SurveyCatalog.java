package org.haven.surveys.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.haven.directory.domain.SchoolLevel;
import org.haven.protocol.domain.ProtocolInvalidException;
import org.haven.surveys.domain.SurveyCampaign;
import org.haven.surveys.domain.SurveyDefinition;
import org.haven.surveys.infrastructure.BundledSurveys;
import org.haven.surveys.infrastructure.SurveyParser;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The questionnaires a campaign may run (the shipped files of protocols/surveys/, checked by a unit test and at first
 * use), and the questionnaire each campaign runs, parsed once from the text it keeps.
 */
@ApplicationScoped
public class SurveyCatalog {

    /** A shipped questionnaire and its exact text, which a campaign keeps. */
    public record Shipped(SurveyDefinition definition, String source) {
    }

    private volatile Map<String, Shipped> shipped;
    private final Map<Long, SurveyDefinition> byCampaign = new ConcurrentHashMap<>();

    public List<SurveyDefinition> available() {
        return shipped().values().stream().map(Shipped::definition)
                .sorted(Comparator.comparing(SurveyDefinition::id)).toList();
    }

    public List<SurveyDefinition> availableFor(SchoolLevel level) {
        return available().stream().filter(s -> s.levels().contains(level)).toList();
    }

    public Optional<Shipped> shipped(String surveyId) {
        return Optional.ofNullable(surveyId == null ? null : shipped().get(surveyId.strip()));
    }

    /** The questionnaire a campaign runs: the text it kept when it was opened, whatever the shipped file says now. */
    public SurveyDefinition of(SurveyCampaign campaign) {
        return byCampaign.computeIfAbsent(campaign.id(), id -> {
            try {
                return new SurveyParser().parse("campaign " + id, campaign.surveySource());
            } catch (ProtocolInvalidException e) {
                throw new IllegalStateException("The questionnaire kept by campaign " + id + " no longer parses", e);
            }
        });
    }

    private Map<String, Shipped> shipped() {
        Map<String, Shipped> s = shipped;
        if (s == null) {
            Map<String, Shipped> loaded = new ConcurrentHashMap<>();
            SurveyParser parser = new SurveyParser();
            for (String name : BundledSurveys.names()) {
                String source = BundledSurveys.read(name);
                try {
                    SurveyDefinition d = parser.parse("protocols/surveys/" + name, source);
                    loaded.put(d.id(), new Shipped(d, source));
                } catch (ProtocolInvalidException e) {
                    Logger.getLogger(SurveyCatalog.class.getName())
                            .severe(() -> "Survey file refused:\n" + e.getMessage());
                }
            }
            shipped = s = Map.copyOf(loaded);
        }
        return s;
    }
}
