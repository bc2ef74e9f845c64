package org.haven.platform.embedded;

/** A refusal to start the embedded database, with a reason written for the person who runs Haven. */
public final class EmbeddedDbException extends RuntimeException {

    public EmbeddedDbException(String message) {
        super(message);
    }

    public EmbeddedDbException(String message, Throwable cause) {
        super(message, cause);
    }
}
