package org.haven.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.haven.harm.domain.Category;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a report says happened, as checked when it was received and never changed after (its fingerprint covers
 * it): what, when, how often, where, who was involved, and whether its author only saw it. Columns of
 * {@code report}; the platforms are stored comma-joined.
 */
@Embeddable
public class ReportContent {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Category category;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String description;

    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Frequency frequency;

    @Column(name = "at_school", nullable = false)
    private boolean atSchool;

    @Column(length = 300)
    private String platforms;

    @Column(columnDefinition = "TEXT")
    private String involved;

    @Column(nullable = false)
    private boolean witness;

    protected ReportContent() {
    }

    ReportContent(ValidReport r) {
        this.category = r.category();
        this.description = r.description();
        this.occurredOn = r.occurredOn();
        this.frequency = r.frequency();
        this.atSchool = r.atSchool();
        this.platforms = r.platforms().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.involved = r.involved();
        this.witness = r.witness();
    }

    public Category category() {
        return category;
    }

    public String description() {
        return description;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public Frequency frequency() {
        return frequency;
    }

    public boolean atSchool() {
        return atSchool;
    }

    public Set<Platform> platforms() {
        if (platforms == null || platforms.isEmpty()) {
            return EnumSet.noneOf(Platform.class);
        }
        return Arrays.stream(platforms.split(",")).map(Platform::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Platform.class)));
    }

    public String involved() {
        return involved;
    }

    public boolean witness() {
        return witness;
    }
}
