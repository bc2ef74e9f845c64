package org.haven.notify.domain;

import java.util.Objects;

/** A rendered e-mail: subject and plain-text body. */
public record Mail(String subject, String body) {

    public Mail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
