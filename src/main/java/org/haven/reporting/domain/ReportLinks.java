package org.haven.reporting.domain;


import org.haven.platform.errors.Refusal.FieldError;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The links to online content a report gives: web addresses only, seen in the past, with a short note. */
final class ReportLinks {

    private ReportLinks() {
    }

    static List<ValidReport.Link> check(List<ReportForm.LinkForm> values, Clock clock, List<FieldError> errors) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        if (values.size() > ReportRules.LINKS_MAX) {
            errors.add(new FieldError("links", "report.links.tooMany", ReportRules.LINKS_MAX));
            return List.of();
        }
        List<ValidReport.Link> links = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ReportForm.LinkForm l = values.get(i);
            String field = "links[" + i + "]";
            String url = l == null || l.url() == null ? "" : l.url().strip();
            if (!isWebAddress(url)) {
                errors.add(new FieldError(field + ".url", "report.link.url"));
                continue;
            }
            Instant seen = null;
            if (l.seenAt() != null && !l.seenAt().isBlank()) {
                try {
                    seen = OffsetDateTime.parse(l.seenAt().strip()).toInstant();
                    if (seen.isAfter(clock.instant().plusSeconds(300))) {
                        errors.add(new FieldError(field + ".seenAt", "report.link.seenAt.future"));
                    }
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(field + ".seenAt", "report.link.seenAt.format"));
                }
            }
            String note = ReportFields.text(l.note(), ReportRules.NOTE_MAX, false, field + ".note", "report.link.note",
                    errors);
            links.add(new ValidReport.Link(url, seen, note));
        }
        return links;
    }

    static boolean isWebAddress(String url) {
        if (url.isEmpty() || url.length() > ReportRules.URL_MAX || url.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            URI u = new URI(url);
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
                    && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
