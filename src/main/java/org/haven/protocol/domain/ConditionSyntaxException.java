package org.haven.protocol.domain;

/** A condition that cannot be read; the phrase says where and why, in plain words. */
public final class ConditionSyntaxException extends PhraseException {

    public ConditionSyntaxException(Phrase phrase) {
        super(phrase);
    }
}
