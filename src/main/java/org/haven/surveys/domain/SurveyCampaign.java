package org.haven.surveys.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A survey run in one school between two dates (both included, in the district's time zone). Keeps the exact
 * questionnaire file it runs, so that a newer version of the file never changes what its answers meant.
 */
@Entity
@Table(name = "survey_campaign")
public class SurveyCampaign {

    /** Where a campaign stands on a given day. */
    public enum State { NOT_YET_OPEN, OPEN, CLOSED }

    public static final int TITLE_MAX = 120;
    /** A campaign longer than this is a mistake in the dates: a survey is a snapshot of a few weeks. */
    public static final int MAX_DAYS = 92;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "survey_id", nullable = false, length = 60)
    private String surveyId;

    @Column(name = "survey_version", nullable = false)
    private int surveyVersion;

    @Column(name = "survey_source", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String surveySource;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SurveyCampaign() {
    }

    public SurveyCampaign(long schoolId, SurveyDefinition survey, String source, String title, LocalDate opensOn,
                          LocalDate closesOn, Long createdBy, Instant createdAt) {
        if (closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException("A campaign closes after it opens");
        }
        this.schoolId = schoolId;
        this.surveyId = survey.id();
        this.surveyVersion = survey.version();
        this.surveySource = Objects.requireNonNull(source);
        this.title = Objects.requireNonNull(title);
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public State state(LocalDate today) {
        if (today.isBefore(opensOn)) {
            return State.NOT_YET_OPEN;
        }
        return today.isAfter(closesOn) ? State.CLOSED : State.OPEN;
    }

    public Long id() {
        return id;
    }

    public Long schoolId() {
        return schoolId;
    }

    public String surveyId() {
        return surveyId;
    }

    public int surveyVersion() {
        return surveyVersion;
    }

    public String surveySource() {
        return surveySource;
    }

    public String title() {
        return title;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
