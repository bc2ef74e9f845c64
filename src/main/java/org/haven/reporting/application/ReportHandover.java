package org.haven.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.evidence.application.EvidenceIntake;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.reporting.domain.Platform;
import org.haven.reporting.domain.Report;
import org.haven.reporting.domain.ReportRepository;
import org.haven.reporting.domain.ReportSource;
import org.haven.reporting.domain.ReportStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a case needs of a confidential report when staff turn it into a case, and the report's side of that
 * hand-over (its author then sees "a case was opened"). The report keeps its inbox: messages go on there.
 */
@ApplicationScoped
public class ReportHandover {

    /** The facts of a report, as the case takes them over. Names are given only when the author gave them. */
    public record ReportFacts(long id, long schoolId, String category, String description, LocalDate occurredOn,
                              Set<String> platforms, Set<String> riskTags, boolean witness, boolean anonymous,
                              String reporterName, String reporterClass, String involved, Instant receivedAt,
                              int evidenceFiles, int links, boolean fromSurvey) {
    }

    @Inject
    ReportRepository reports;

    @Inject
    EvidenceIntake evidence;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The report, if it belongs to one of these schools; empty otherwise, as if it did not exist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReportFacts> facts(long reportId, Collection<Long> schoolIds) {
        return reports.inSchools(reportId, schoolIds).map(r -> new ReportFacts(r.id(), r.schoolId(),
                r.category().name(), r.description(), r.occurredOn(),
                r.platforms().stream().map(Platform::name).collect(Collectors.toCollection(TreeSet::new)),
                r.risk().tags().stream().map(t -> t.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                r.witness(), r.anonymous(), r.reporterName(), r.reporterClass(), r.involved(), r.createdAt(),
                (int) evidence.count(new EvidenceOwner(EvidenceOwner.Kind.REPORT, r.id(), r.schoolId())), reports.links(r.id()).size(),
                r.source() == ReportSource.SURVEY));
    }

    /** When the reporter wrote on the report (no content): a case the report joins puts these on its timeline. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Instant> reporterMessageTimes(long reportId) {
        return reports.messages(reportId).stream().filter(m -> m.fromReporter())
                .map(m -> m.createdAt()).toList();
    }

    /**
     * The reports with an id in (after, upto], in id order, as they were received: for a feature that takes what it
     * needs of reports received before it existed (the related-report signals of issue 20). The caller audits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReportReceived> receivedBetween(long after, long upto, int limit) {
        return reports.idsBetween(after, upto, limit).stream().map(r -> new ReportReceived(r.id(), r.schoolId(),
                r.createdAt(), r.description(), r.involved(),
                reports.links(r.id()).stream().map(l -> l.url()).toList(),
                r.platforms().stream().map(Enum::name).collect(Collectors.toSet()), r.occurredOn(), r.witness(),
                r.reporterClass())).toList();
    }

    /** Marks the report as turned into a case, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(long reportId, String caseNumber) {
        Report r = reports.byId(reportId).orElseThrow();
        r.changeStatus(ReportStatus.CASE_OPENED, clock.instant());
        audit.record(actor.get().did("REPORT_TURNED_INTO_CASE", "report", r.id(), r.schoolId(), caseNumber));
    }
}
