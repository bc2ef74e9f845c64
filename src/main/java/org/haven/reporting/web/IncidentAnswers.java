package org.haven.reporting.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The wizard's first step as typed: what happened, when, how often, where, who was involved, seen by whom. */
public class IncidentAnswers implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String category;
    private String description;
    private String occurredOn;
    private String frequency;
    private boolean atSchool;
    private List<String> platforms = new ArrayList<>();
    private String involved;
    private Boolean witness;

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(String occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public boolean isAtSchool() {
        return atSchool;
    }

    public void setAtSchool(boolean atSchool) {
        this.atSchool = atSchool;
    }

    public List<String> getPlatforms() {
        return platforms;
    }

    public void setPlatforms(List<String> platforms) {
        this.platforms = platforms == null ? new ArrayList<>() : new ArrayList<>(platforms);
    }

    public String getInvolved() {
        return involved;
    }

    public void setInvolved(String involved) {
        this.involved = involved;
    }

    public Boolean getWitness() {
        return witness;
    }

    public void setWitness(Boolean witness) {
        this.witness = witness;
    }
}
