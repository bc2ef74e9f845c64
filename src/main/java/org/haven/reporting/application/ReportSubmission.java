package org.haven.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.Actor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.security.Role;
import org.haven.evidence.application.EvidenceIntake;
import org.haven.evidence.domain.EvidenceReceipt;
import org.haven.evidence.domain.EvidenceSource;
import org.haven.evidence.domain.EvidenceUpload;
import org.haven.notify.application.Notifications;
import org.haven.platform.security.HavenPrincipal;
import org.haven.reporting.domain.ReceiptCode;
import org.haven.reporting.domain.Report;
import org.haven.reporting.domain.ReportForm;
import org.haven.reporting.domain.ReportLink;
import org.haven.reporting.domain.ReportRepository;
import org.haven.reporting.domain.ReportRules;
import org.haven.reporting.domain.ReportSource;
import org.haven.harm.domain.Risk;
import org.haven.reporting.domain.ValidReport;
import org.haven.helplines.application.HelpLine;
import org.haven.helplines.application.HelpResources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Receives a confidential report with its evidence in one transaction: all of it is stored, or nothing is and
 * the author is told what to fix. An urgent report alerts the school's referents and head at once, in the
 * same transaction. Nothing about the device it came from is ever stored.
 */
@ApplicationScoped
public class ReportSubmission {

    /** The audit actor of a report's author: never their name, even when they gave it. */
    public static final Actor REPORTER = new Actor(null, "reporter", null);
    static final Set<Role> ALERTED = Set.of(Role.REFERENT, Role.HEAD_OF_SCHOOL);

    @Inject
    ReportRepository reports;

    @Inject
    SchoolAdministration schools;

    @Inject
    EvidenceIntake evidence;

    @Inject
    HelpResources helpResources;

    @Inject
    Notifications notifications;

    @Inject
    ReceiptKeys receipts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ReportReceived> received;

    @Inject
    org.haven.insight.application.InsightCounts insight;

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
        ReportRules.Checked checked = ReportRules.check(form, clock);
        List<Refusal.FieldError> errors = new ArrayList<>(checked.errors());
        Optional<SchoolView> school = Optional.empty();
        if (checked.valid()) {
            school = schools.byCode(checked.report().schoolCode()).filter(SchoolView::active);
            if (school.isEmpty()) {
                errors.add(new Refusal.FieldError("schoolCode", "report.school.unknown"));
            }
        }
        if (files.size() > EvidenceIntake.MAX_FILES) {
            errors.add(new Refusal.FieldError("files", "evidence.tooMany", EvidenceIntake.MAX_FILES));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        ValidReport valid = checked.report();
        ReceiptCode receipt = ReceiptCode.generate();
        Instant now = clock.instant();
        Long accountId = author.filter(p -> p.hasRole(Role.Names.STUDENT)).map(HavenPrincipal::accountId)
                .orElse(null);
        Report unsaved = new Report(school.get().id(), valid, accountId, receipts.lookup(receipt),
                receipts.slowHash(receipt), now);
        unsaved.cameFrom(source);
        Report report = reports.add(unsaved);
        valid.links().forEach(l -> reports.add(new ReportLink(report.id(), l, now)));
        List<String> hashes = new ArrayList<>();
        for (Attachment file : files) {
            EvidenceReceipt stored = evidence.store(ReportEvidenceScope.owner(report), file.upload(),
                    new EvidenceIntake.Origin(EvidenceSource.REPORT_FORM, actorOf(valid, author), "report form",
                            null), file.field());
            hashes.add(stored.sha256());
        }
        received.fire(new ReportReceived(report.id(), report.schoolId(), now, valid.description(), valid.involved(),
                valid.links().stream().map(ValidReport.Link::url).toList(),
                valid.platforms().stream().map(Enum::name).collect(Collectors.toSet()), valid.occurredOn(),
                valid.witness(), report.reporterClass()));
        String fingerprint = fingerprint(valid, school.get(), now, hashes);
        report.fingerprint(fingerprint);
        audit.record(actorOf(valid, author).did("REPORT_RECEIVED", "report", report.id(), report.schoolId(),
                (report.urgent() ? "urgent, " : "") + (source == ReportSource.SURVEY ? "from a survey, " : "")
                        + (overLimit ? "over the abuse limit, " : "") + files.size()
                        + " file(s)"));
        insight.reportReceived(report.schoolId(), report.category().name(), report.urgent(), report.anonymous(),
                report.witness(), source == ReportSource.SURVEY, now);
        List<Long> alerted = schools.accountsWithRole(report.schoolId(), ALERTED);
        notifications.notify(alerted, report.urgent() ? "REPORT_URGENT" : "REPORT_NEW", "report", report.id(),
                report.urgent());
        Set<String> tags = valid.risk().tags().stream().map(Enum::name).collect(Collectors.toSet());
        return new Submitted(receipt.formatted(), report.urgent(), helpLines(tags, locale), tags, now,
                school.get().name(), fingerprint);
    }

    /** The help lines that answer these risks, in this language (again, after a language switch). */
    public List<HelpLine> helpLines(Set<String> riskTags, Locale locale) {
        return helpResources.forRisks(schools.districtCountry(), riskTags, locale);
    }

    /**
     * The help lines for a report that could not be stored because the database is unreachable: those that fit its
     * danger answers (a missing answer counts as no), from the copy kept in memory. Reads nothing from the database.
     */
    public List<HelpLine> helpLinesWhileDown(ReportForm form, Locale locale) {
        ReportForm.RiskAnswers r = form == null || form.risk() == null
                ? new ReportForm.RiskAnswers(null, null, null, null, null, null) : form.risk();
        Risk risk = new Risk(yes(r.immediateDanger()), yes(r.selfHarm()), yes(r.threats()), yes(r.locationShared()),
                yes(r.blackmail()), yes(r.intimateImages()));
        Set<String> tags = risk.tags().stream().map(Enum::name).collect(Collectors.toSet());
        return helpResources.forRisksFromCopy(tags, locale);
    }

    private static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }

    /** A logged-in student who did not ask for anonymity acts under their account; everyone else as "reporter". */
    static Actor actorOf(ValidReport report, Optional<HavenPrincipal> author) {
        if (report.anonymous() || author.isEmpty()) {
            return REPORTER;
        }
        HavenPrincipal p = author.get();
        return new Actor(p.accountId(), p.username(), p.primaryRole());
    }

    /** SHA-256 over what was reported (not who): proves later that the content was not changed. */
    static String fingerprint(ValidReport r, SchoolView school, Instant at, List<String> evidenceHashes) {
        String canonical = String.join("\n", school.code(), at.toString(), r.category().name(), r.description(),
                String.valueOf(r.occurredOn()), String.valueOf(r.involved()),
                r.links().stream().map(ValidReport.Link::url).collect(Collectors.joining(" ")),
                String.join(" ", evidenceHashes));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
