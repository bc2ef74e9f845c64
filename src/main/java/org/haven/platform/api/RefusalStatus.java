package org.haven.platform.api;

import org.haven.platform.errors.Conflict;
import org.haven.platform.errors.Forbidden;
import org.haven.platform.errors.Gone;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.errors.TooLarge;
import org.haven.platform.errors.TooMany;

/** The one place where a refusal's kind becomes an HTTP status and a problem title, for the API and the servlets. */
public final class RefusalStatus {

    private RefusalStatus() {
    }

    public static int of(Refusal refusal) {
        return switch (refusal) {
            case Invalid i -> 400;
            case Forbidden f -> 403;
            case NotFound n -> 404;
            case Conflict c -> 409;
            case Gone g -> 410;
            case TooLarge t -> 413;
            case TooMany t -> 429;
        };
    }

    /** The bundle key of the problem's title. */
    public static String titleKey(Refusal refusal) {
        return switch (refusal) {
            case Conflict c -> "problem.conflict";
            case TooLarge t -> "problem.tooLarge";
            default -> "problem.invalid";
        };
    }
}
