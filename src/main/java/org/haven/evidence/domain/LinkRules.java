package org.haven.evidence.domain;


import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal;
import org.haven.platform.errors.Refusal.FieldError;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Checks of what staff type about online content: a web address, when it was seen, a handle, a note. */
public final class LinkRules {

    public static final int MAX_NOTE = EvidenceLink.MAX_NOTE;

    private LinkRules() {
    }

    /** The checked values, stripped (blank optional values become null). */
    public record Checked(String url, String handle, String note) {
    }

    public static Checked check(String url, Instant seenAt, String handle, String note, Clock clock) {
        List<FieldError> errors = new ArrayList<>();
        String u = url == null ? "" : url.strip();
        if (!webAddress(u)) {
            errors.add(new FieldError("url", "evidence.link.url"));
        }
        if (seenAt != null && seenAt.isAfter(clock.instant().plusSeconds(300))) {
            errors.add(new FieldError("seenAt", "evidence.link.seenAt.future"));
        }
        String h = collect(() -> optional(handle, "handle", EvidenceLink.MAX_HANDLE), errors);
        String n = collect(() -> optional(note, "note", MAX_NOTE), errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new Checked(u, h, n);
    }

    /** An optional one-line or multi-line text: null when blank; too long or with control characters refused. */
    public static String optional(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > max) {
            throw Invalid.of(field, "evidence.text.tooLong", max);
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw Invalid.of(field, "text.controlCharacters");
        }
        return v;
    }

    /** An http or https address with a host, without spaces, at most {@link EvidenceLink#MAX_URL} characters. */
    public static boolean webAddress(String url) {
        if (url.isEmpty() || url.length() > EvidenceLink.MAX_URL || url.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String collect(Supplier<String> check, List<FieldError> errors) {
        try {
            return check.get();
        } catch (Refusal e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
