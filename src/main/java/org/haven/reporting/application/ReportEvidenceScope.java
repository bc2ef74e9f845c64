package org.haven.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.evidence.application.EvidenceOwnerScope;
import org.haven.evidence.domain.DossierContent;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.harm.domain.Risk;
import org.haven.platform.i18n.Messages;
import org.haven.platform.security.HavenPrincipal;
import org.haven.reporting.domain.Report;
import org.haven.reporting.domain.ReportRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reports as owners of evidence: a report belongs to its school, whose referents and head see all of its
 * evidence (the vault checks the school in its query); a report is closed when its status is CLOSED, since its
 * last activity (closing counts as activity). Its dossier tells the report's facts and its conversation, the
 * reporter named only when they gave their name.
 */
@ApplicationScoped
public class ReportEvidenceScope implements EvidenceOwnerScope {

    @Inject
    ReportRepository reports;

    @Inject
    SchoolAdministration schools;

    public static EvidenceOwner owner(Report r) {
        return new EvidenceOwner(EvidenceOwner.Kind.REPORT, r.id(), r.schoolId());
    }

    @Override
    public EvidenceOwner.Kind kind() {
        return EvidenceOwner.Kind.REPORT;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EvidenceOwner> find(long ownerId) {
        return reports.byId(ownerId).map(ReportEvidenceScope::owner);
    }

    @Override
    public boolean mayAccess(HavenPrincipal principal, EvidenceOwner owner) {
        return true;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvidenceOwner> closedBefore(Instant limit, int max) {
        return reports.closedBefore(limit, max).stream().map(ReportEvidenceScope::owner).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public DossierContent.OwnerDossier dossier(EvidenceOwner owner, Locale locale) {
        Report r = reports.byId(owner.id()).orElseThrow();
        String school = schools.byId(r.schoolId()).map(SchoolView::name).orElse("");
        List<String> summary = new ArrayList<>();
        summary.add(line(locale, "staff.report.received", r.createdAt().toString()));
        summary.add(line(locale, "staff.report.status", t(locale, "report.status." + r.status())));
        summary.add(line(locale, "staff.report.category", t(locale, "report.category." + r.category())));
        summary.add(line(locale, "staff.report.occurredOn",
                r.occurredOn() == null ? t(locale, "staff.report.notSaid") : r.occurredOn().toString()));
        summary.add(line(locale, "staff.report.frequency", r.frequency() == null ? t(locale, "staff.report.notSaid")
                : t(locale, "report.frequency." + r.frequency())));
        String where = (r.atSchool() ? t(locale, "report.atSchool") + " " : "") + r.platforms().stream()
                .map(p -> t(locale, "report.platform." + p)).collect(Collectors.joining(", "));
        summary.add(line(locale, "staff.report.where", where.isBlank() ? t(locale, "staff.report.notSaid") : where));
        summary.add(line(locale, "staff.report.reporter",
                t(locale, r.witness() ? "staff.report.witness" : "staff.report.target") + " — "
                        + (r.anonymous() ? t(locale, "staff.reports.anonymous") : r.reporterName())));
        summary.add(line(locale, "staff.report.risk", risks(r.risk(), locale)));
        summary.add(line(locale, "staff.report.involved",
                r.involved() == null ? t(locale, "staff.report.notSaid") : r.involved()));
        summary.add(line(locale, "staff.report.description", r.description()));
        summary.add(line(locale, "staff.report.fingerprint", r.contentFingerprint()));
        List<DossierContent.TimelineEntry> timeline = new ArrayList<>();
        timeline.add(new DossierContent.TimelineEntry(r.createdAt(), t(locale, "staff.report.messages.reporter"),
                t(locale, "dossier.timeline.reportReceived")));
        if (r.urgentAcknowledgedAt() != null) {
            timeline.add(new DossierContent.TimelineEntry(r.urgentAcknowledgedAt(),
                    t(locale, "staff.report.messages.school"), t(locale, "staff.report.urgentAcknowledged")));
        }
        reports.messages(r.id()).forEach(m -> timeline.add(new DossierContent.TimelineEntry(m.createdAt(),
                t(locale, m.fromReporter() ? "staff.report.messages.reporter" : "staff.report.messages.school"),
                m.body())));
        return new DossierContent.OwnerDossier(Messages.text(locale, "dossier.report.title", r.id().toString()),
                school, "R-" + r.id(), summary, timeline);
    }

    private static String risks(Risk risk, Locale locale) {
        List<String> yes = new ArrayList<>();
        risk.tags().forEach(tag -> yes.add(t(locale, "dossier.risk." + tag.name())));
        return yes.isEmpty() ? t(locale, "staff.report.no") : String.join(", ", yes);
    }

    private static String line(Locale locale, String labelKey, String value) {
        return Messages.text(locale, "dossier.line", t(locale, labelKey), value);
    }

    private static String t(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
