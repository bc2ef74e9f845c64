package org.haven.training.domain;

/** One answer of a question, whether it is the right one, and why (shown after answering). */
public record Answer(String id, Localized text, boolean correct, Localized explanation) {
}
