package org.haven.protocol.domain;

/** A condition that cannot be read; the message says where and why, in plain words. */
public final class ConditionSyntaxException extends IllegalArgumentException {

    public ConditionSyntaxException(String message) {
        super(message);
    }
}
