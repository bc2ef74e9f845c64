package org.haven.reporting.api;

import org.haven.evidence.domain.EvidenceReceipt;
import org.haven.helplines.application.HelpLine;
import org.haven.reporting.application.ReportViews;
import org.haven.reporting.domain.ReportForm;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of the reporting API (ARCHITECTURE.md section 4). */
public final class ReportDtos {

    private ReportDtos() {
    }

    /** The danger answers. */
    public record RiskDto(Boolean immediateDanger, Boolean selfHarm, Boolean threats, Boolean locationShared,
                          Boolean blackmail, Boolean intimateImages) {
    }

    /** A link to online content. */
    public record LinkDto(String url, String seenAt, String note) {
    }

    /** A new report; every value is checked by the service, so that each wrong field is named. */
    public record NewReport(String schoolCode, String category, String description, String occurredOn,
                            String frequency, Boolean atSchool, List<String> platforms, String involved,
                            Boolean witness, Boolean anonymous, String reporterName, String reporterClass,
                            RiskDto risk, List<LinkDto> links) {

        ReportForm toForm() {
            return new ReportForm(schoolCode, category, description, occurredOn, frequency, atSchool, platforms,
                    involved, witness, anonymous, reporterName, reporterClass,
                    risk == null ? null : new ReportForm.RiskAnswers(risk.immediateDanger(), risk.selfHarm(),
                            risk.threats(), risk.locationShared(), risk.blackmail(), risk.intimateImages()),
                    links == null ? null : links.stream()
                            .map(l -> l == null ? new ReportForm.LinkForm(null, null, null)
                                    : new ReportForm.LinkForm(l.url(), l.seenAt(), l.note()))
                            .toList());
        }
    }

    /** What the author receives once. */
    public record Created(String receipt, boolean urgent, List<HelpLine> helpLines, Instant receivedAt,
                          String school, String fingerprint) {
    }

    /** A receipt, to open a report. */
    public record Access(String receipt) {
    }

    /** A bearer token for one report. */
    public record AccessToken(String token, long expiresIn) {
    }

    /** A message. */
    public record MessageDto(String body) {
    }

    /** The author's view of their report. */
    public record Mine(String school, String category, String status, boolean urgent, Instant receivedAt,
                       List<ReportViews.Message> messages, List<EvidenceReceipt> evidence) {
    }
}
