package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.domain.CaseAttention;
import org.haven.cases.domain.CaseCursor;
import org.haven.cases.domain.CaseDashboard;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseFilter;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseStep;
import org.haven.cases.domain.EventKind;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.notify.application.Notifications;
import org.haven.platform.errors.Invalid;
import org.haven.protocol.domain.ProtocolDefinition;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading cases: dashboards in keyset pages (urgent and overdue first, then by due date), one case with its steps,
 * and its timeline. Only cases in the reader's scope are ever loaded; every read is audited.
 */
@ApplicationScoped
public class CaseQueries {

    public static final int PAGE_MAX = 100;

    /** What the filer of an incident sees of its timeline: its progress, never who was heard or what was sent. */
    static final Set<EventKind> PROGRESS = java.util.EnumSet.of(EventKind.INCIDENT_FILED, EventKind.CASE_OPENED,
            EventKind.STEP_COMPLETED, EventKind.STEP_SKIPPED, EventKind.STEP_OVERDUE, EventKind.CLOSED,
            EventKind.REOPENED);

    @Inject
    CaseRepository cases;

    @Inject
    CaseDashboard dashboard;

    @Inject
    CaseAccess access;

    @Inject
    CaseEngine engine;

    @Inject
    CaseDetails details;

    @Inject
    SchoolAdministration schools;

    @Inject
    Notifications notifications;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    org.haven.protocol.application.ProtocolCatalog protocols;

    @Transactional
    public CaseViews.Page page(CaseFilter filter, String after, int size, Locale locale) {
        CaseCursor cursor = CaseCursor.decode(after);
        if (after != null && !after.isBlank() && cursor == null) {
            throw Invalid.of("after", "case.cursor.invalid");
        }
        int limit = Math.max(1, Math.min(size, PAGE_MAX));
        List<CaseFile> fetched = dashboard.page(access.scope(), filter, cursor, limit);
        boolean more = fetched.size() > limit;
        List<CaseFile> shown = more ? fetched.subList(0, limit) : fetched;
        Instant now = clock.instant();
        Map<Long, String> schoolNames = new HashMap<>();
        Map<Long, CaseStep> nextSteps = nextDueSteps(shown);
        List<CaseViews.Row> rows = shown.stream()
                .map(c -> row(c, nextSteps.get(c.id()), now, locale, schoolNames)).toList();
        audit.record(actor.get().did("CASE_LIST_VIEWED", "case", null, filter.schoolId(), rows.size() + " rows"));
        return new CaseViews.Page(rows, more ? CaseCursor.after(shown.get(shown.size() - 1)).encode() : null);
    }

    @Transactional
    public CaseViews.Detail view(long caseId, Locale locale) {
        CaseFile c = access.load(caseId);
        audit.record(actor.get().did("CASE_VIEWED", "case", c.id(), c.schoolId(), null));
        notifications.markRead(actor.require().accountId(), "case", c.id());
        return details.of(c, locale);
    }

    @Transactional
    public List<CaseViews.Event> timeline(long caseId, Collection<EventKind> kinds, Locale locale) {
        CaseFile c = access.load(caseId);
        audit.record(actor.get().did("CASE_TIMELINE_VIEWED", "case", c.id(), c.schoolId(), null));
        ProtocolDefinition protocol = engine.protocolOf(c);
        boolean full = access.works(c);
        boolean onlyFiled = access.onlyFiled(c);
        java.time.ZoneId zone = schools.districtSchedule().zone();
        return cases.events(c.id(), kinds).stream().filter(e -> !onlyFiled || PROGRESS.contains(e.kind()))
                .map(e -> TimelineEntries.event(e, protocol, locale, zone, full)).toList();
    }

    /** The steps of the active protocols, for the dashboard's "step due" filter (one entry per step id). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseViews.Option> stepChoices(Locale locale) {
        return protocols.activeStepTitles(locale).entrySet().stream().map(e -> new CaseViews.Option(e.getKey(), e.getValue())).toList();
    }

    /** The earliest due step of each case of a page, from one query for the whole page (not one per row). */
    private Map<Long, CaseStep> nextDueSteps(List<CaseFile> page) {
        return cases.dueSteps(page.stream().map(CaseFile::id).toList()).stream()
                .collect(Collectors.toMap(CaseStep::caseId, s -> s, (a, b) -> EARLIEST_DUE.compare(a, b) <= 0 ? a : b));
    }

    private static final java.util.Comparator<CaseStep> EARLIEST_DUE = java.util.Comparator
            .comparing(CaseStep::dueAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(CaseStep::id);

    private CaseViews.Row row(CaseFile c, CaseStep nextStep, Instant now, Locale locale,
                              Map<Long, String> schoolNames) {
        String school = schoolNames.computeIfAbsent(c.schoolId(),
                id -> schools.byId(id).map(SchoolView::name).orElse(""));
        String next = nextStep == null ? null : engine.protocolOf(c).step(nextStep.stepId())
                .map(d -> d.title().in(locale)).orElse(null);
        boolean nothingDue = c.nextDueAt().equals(CaseFile.NOTHING_DUE);
        return new CaseViews.Row(c.id(), c.number(), school, c.status(), c.category(), c.riskLevel(),
                c.attention() == CaseAttention.URGENT, c.status().isActive() && !nothingDue && c.nextDueAt().isBefore(now),
                nothingDue ? null : c.nextDueAt(), next, c.openedAt(), c.escalated());
    }
}
