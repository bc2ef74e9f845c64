package org.haven.surveys.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One option chosen, one scale value or one text of a response: rows that results count with GROUP BY. */
@Entity
@IdClass(SurveyAnswer.Key.class)
@Table(name = "survey_answer")
public class SurveyAnswer {

    /** The key of an answer: its response and its place in it. */
    public static class Key implements Serializable {
        private Long responseId;
        private Integer position;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(responseId, k.responseId) && Objects.equals(position, k.position);
        }

        @Override
        public int hashCode() {
            return Objects.hash(responseId, position);
        }
    }

    @Id
    @Column(name = "response_id", nullable = false)
    private Long responseId;

    @Id
    @Column(nullable = false)
    private Integer position;

    @Column(name = "question_id", nullable = false, length = 60)
    private String questionId;

    @Column(length = 60)
    private String value;

    @Column(columnDefinition = "TEXT")
    private String text;

    protected SurveyAnswer() {
    }

    public SurveyAnswer(long responseId, int position, String questionId, String value, String text) {
        this.responseId = responseId;
        this.position = position;
        this.questionId = questionId;
        this.value = value;
        this.text = text;
    }
}
