package org.haven.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.evidence.application.EvidenceIntake;
import org.haven.evidence.domain.EvidenceReceipt;
import org.haven.evidence.domain.EvidenceSource;
import org.haven.evidence.domain.EvidenceUpload;
import org.haven.helplines.application.HelpLine;
import org.haven.insight.application.InsightCounts;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.Role;
import org.haven.reporting.domain.ReceiptCode;
import org.haven.reporting.domain.Report;
import org.haven.reporting.domain.ReportForm;
import org.haven.reporting.domain.ReportLink;
import org.haven.reporting.domain.ReportRepository;
import org.haven.reporting.domain.ReportSource;
import org.haven.reporting.domain.ValidReport;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Receives a confidential report with its evidence in one transaction: all of it is stored (with its links,
 * files, audit entry, counters and related-report signals), or nothing is and the author is told what to fix.
 * The school's referents and head are alerted once it has committed ({@link ReportAlert}), an urgent report at
 * once. Nothing about the device it came from is ever stored.
 */
@ApplicationScoped
public class ReportSubmission {

    @Inject
    ReportRepository reports;

    @Inject
    SchoolAdministration schools;

    @Inject
    EvidenceIntake evidence;

    @Inject
    ReportHelpLines helpLines;

    @Inject
    Event<ReportAlert> alerts;

    @Inject
    ReceiptKeys receipts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<ReportReceived> received;

    @Inject
    InsightCounts insight;

    /** One file to store with the report, and the form field it came from (for error messages). */
    public record Attachment(EvidenceUpload upload, String field) {
    }

    @Transactional
    public Submitted submit(ReportForm form, List<Attachment> files, Optional<HavenPrincipal> author, Locale locale) {
        return submit(form, files, author, locale, false);
    }

    /**
     * As {@link #submit(ReportForm, List, Optional, Locale)}; overLimit: the report came over an abuse limit and was
     * taken because it answers a danger question, which its audit entry says for staff.
     */
    @Transactional
    public Submitted submit(ReportForm form, List<Attachment> files, Optional<HavenPrincipal> author, Locale locale,
                            boolean overLimit) {
        return submit(form, files, author, locale, overLimit, ReportSource.FORM);
    }

    /**
     * A pupil's contact request at the end of a survey: an anonymous report without files, marked as coming from
     * the survey, with the same receipt, help lines, audit and alerts as any report. Joins the caller's
     * transaction, so that the survey's answers and the report commit together or not at all.
     */
    @Transactional
    public Submitted submitFromSurvey(ReportForm form, Locale locale, boolean overLimit) {
        return submit(form, List.of(), Optional.empty(), locale, overLimit, ReportSource.SURVEY);
    }

    private Submitted submit(ReportForm form, List<Attachment> files, Optional<HavenPrincipal> author, Locale locale,
                             boolean overLimit, ReportSource source) {
        SubmissionCheck.Passed passed = SubmissionCheck.check(form, files.size(), schools, clock);
        ValidReport valid = passed.report();
        ReceiptCode receipt = ReceiptCode.generate();
        Instant now = clock.instant();
        Long accountId = author.filter(p -> p.hasRole(Role.Names.STUDENT)).map(HavenPrincipal::accountId)
                .orElse(null);
        Report unsaved = new Report(passed.school().id(), valid, accountId, receipts.lookup(receipt),
                receipts.slowHash(receipt), now);
        unsaved.cameFrom(source);
        Report report = reports.add(unsaved);
        valid.links().forEach(l -> reports.add(new ReportLink(report.id(), l, now)));
        List<String> hashes = new ArrayList<>();
        Actor actor = ReportAuthors.actorOf(valid, author);
        for (Attachment file : files) {
            EvidenceReceipt stored = evidence.store(ReportEvidenceScope.owner(report), file.upload(),
                    new EvidenceIntake.Origin(EvidenceSource.REPORT_FORM, actor, "report form", null), file.field());
            hashes.add(stored.sha256());
        }
        received.fire(ReportReceived.of(report, valid, now));
        String fingerprint = ReportFingerprint.of(valid, passed.school(), now, hashes);
        report.fingerprint(fingerprint);
        audit.record(actor.did("REPORT_RECEIVED", "report", report.id(), report.schoolId(),
                (report.urgent() ? "urgent, " : "") + (source == ReportSource.SURVEY ? "from a survey, " : "")
                        + (overLimit ? "over the abuse limit, " : "") + files.size() + " file(s)"));
        insight.reportReceived(report.schoolId(), report.category().name(), report.urgent(), report.anonymous(),
                report.witness(), source == ReportSource.SURVEY, now);
        alerts.fire(new ReportAlert(report.id(), report.schoolId(), report.urgent() ? "REPORT_URGENT" : "REPORT_NEW",
                report.urgent()));
        Set<String> tags = valid.risk().tags().stream().map(Enum::name).collect(Collectors.toSet());
        return new Submitted(receipt.formatted(), report.urgent(), helpLines(tags, locale), tags, now,
                passed.school().name(), fingerprint);
    }

    /** The help lines that answer these risks, in this language (see {@link ReportHelpLines}). */
    public List<HelpLine> helpLines(Set<String> riskTags, Locale locale) {
        return helpLines.forRisks(riskTags, locale);
    }
}
