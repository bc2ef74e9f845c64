package org.haven.surveys.domain;

import org.haven.protocol.domain.LocalizedText;

import java.util.Set;

/**
 * One option of a choice question. {@code danger} holds the risk tags (reporting's Risk.Tag names) that choosing it
 * signals: the pupil sees the help lines at once, and a contact request from such a pupil is an urgent report.
 */
public record SurveyOption(String id, LocalizedText text, Set<String> danger) {

    public SurveyOption {
        danger = Set.copyOf(danger);
    }
}
