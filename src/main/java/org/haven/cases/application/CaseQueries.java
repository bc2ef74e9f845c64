package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.cases.domain.CaseAttention;
import org.haven.cases.domain.CaseCursor;
import org.haven.cases.domain.CaseEscalation;
import org.haven.cases.domain.CaseEvent;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseFilter;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseStep;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.StepStatus;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.notify.application.Notifications;
import org.haven.platform.errors.InvalidInputException;
import org.haven.platform.security.CurrentActor;
import org.haven.protocol.domain.ActionKind;
import org.haven.protocol.domain.EscalationAction;
import org.haven.platform.i18n.Messages;
import org.haven.protocol.domain.EscalationRule;
import org.haven.protocol.domain.FormDefinition;
import org.haven.protocol.domain.FormField;
import org.haven.protocol.domain.LocalizedText;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.StepDefinition;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    CaseAccess access;

    @Inject
    CaseEngine engine;

    @Inject
    CaseClosing closing;

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
            throw InvalidInputException.of("after", "case.cursor.invalid");
        }
        int limit = Math.max(1, Math.min(size, PAGE_MAX));
        List<CaseFile> fetched = cases.page(access.scope(), filter, cursor, limit);
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
        return detail(c, locale);
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
                .map(e -> event(e, protocol, locale, zone, full)).toList();
    }

    /** The steps of the active protocols, for the dashboard's "step due" filter (one entry per step id). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseViews.Option> stepChoices(Locale locale) {
        return protocols.activeStepTitles(locale).entrySet().stream().map(e -> new CaseViews.Option(e.getKey(), e.getValue())).toList();
    }

    /** The schools where the reader may file an incident. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolView> schoolsForFiling() {
        return access.schoolsWhereStaff().stream().map(schools::byId).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(SchoolView::name)).toList();
    }

    /** Pupils of a school where the reader works, for picking the people involved. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolAdministration.RosterPupil> pupils(long schoolId, String search) {
        if (!access.schoolsWhereStaff().contains(schoolId)) {
            return List.of();
        }
        return schools.pupils(schoolId, search, 20);
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

    private CaseViews.Detail detail(CaseFile c, Locale locale) {
        CaseViews.Detail d = fullDetail(c, locale);
        return access.onlyFiled(c) ? asFiled(d) : d;
    }

    /**
     * The filer's view (issue 14, finding 9): the incident as filed (parties added later left out) and its
     * progress (status and each step's state and dates), without forms, notes, reasons, escalations, follow-ups or
     * the closing summary. A step the filer may do (its owner role is theirs) keeps its form.
     */
    static CaseViews.Detail asFiled(CaseViews.Detail d) {
        List<CaseViews.Step> steps = d.steps().stream().map(s -> s.mayAct() ? s
                : new CaseViews.Step(s.id(), s.title(), null, s.owner(), s.kind(), s.status(), s.dueAt(),
                s.overdue(), s.doneAt(), null, List.of(), null, null, false, false, false, false, s.waitingFor()))
                .toList();
        return new CaseViews.Detail(d.id(), d.number(), d.schoolId(), d.schoolName(), d.protocolId(),
                d.protocolVersion(), d.protocolTitle(), d.status(), d.origin(), null, d.category(), d.description(),
                d.occurredOn(), d.place(), d.platforms(), d.riskTags(), d.risk(), false, d.openedAt(), d.closedAt(),
                null, d.parties().stream().filter(p -> !p.addedLater()).toList(), steps, List.of(), List.of(),
                d.showHelpLines(), false, false, false, List.of());
    }

    private CaseViews.Detail fullDetail(CaseFile c, Locale locale) {
        ProtocolDefinition protocol = engine.protocolOf(c);
        Instant now = clock.instant();
        boolean works = access.works(c);
        List<CaseStep> rows = cases.steps(c.id());
        Map<String, CaseStep> byId = rows.stream().collect(Collectors.toMap(CaseStep::stepId, s -> s));
        List<CaseViews.Step> steps = new ArrayList<>();
        for (StepDefinition d : protocol.steps()) {
            CaseStep s = byId.get(d.id());
            if (s == null) {
                continue;
            }
            FormDefinition form = d.form() == null ? null : protocol.form(d.form()).orElse(null);
            Map<String, String> values = FormValues.fromJson(s.formValues());
            List<CaseViews.Field> fields = form == null ? List.of() : form.fields().stream()
                    .map(f -> field(f, values.get(f.id()), locale)).toList();
            List<String> waiting = d.after().stream()
                    .filter(a -> byId.containsKey(a) && !byId.get(a).status().isFinished())
                    .map(a -> protocol.step(a).map(x -> x.title().in(locale)).orElse(a)).toList();
            steps.add(new CaseViews.Step(d.id(), d.title().in(locale), text(d.guidance(), locale),
                    d.owner().securityName(), d.kind().name(), s.status(), s.dueAt(), s.isOverdue(now), s.doneAt(),
                    form == null ? null : form.title().in(locale), fields, works ? s.note() : null,
                    s.skipReason(), d.skippable(), d.parentVisible(), d.pupilVisible(),
                    c.status().isActive() && s.status() == StepStatus.DUE && access.mayDoStep(c, d.owner()),
                    waiting));
        }
        List<CaseEscalation> escalations = cases.escalations(c.id());
        Set<String> helpRules = protocol.escalations().stream()
                .filter(r -> r.actions().stream().anyMatch(a -> a.kind() == ActionKind.SHOW_HELP_LINES))
                .map(EscalationRule::id).collect(Collectors.toSet());
        boolean helpLines = c.status().isActive() && escalations.stream()
                .anyMatch(e -> e.cycle() == c.cycle() && helpRules.contains(e.ruleId()));
        String school = schools.byId(c.schoolId()).map(SchoolView::name).orElse("");
        return new CaseViews.Detail(c.id(), c.number(), c.schoolId(), school, c.protocolId(), c.protocolVersion(),
                protocol.title().in(locale), c.status(), c.origin(), c.reportId(), c.category(), c.description(),
                c.occurredOn(), c.place(), c.platforms(), c.riskTags(), c.riskLevel(), c.escalated(), c.openedAt(),
                c.closedAt(), c.closingSummary(),
                cases.parties(c.id()).stream().map(p -> new CaseViews.Party(p.id(), p.personId(), p.displayName(),
                        p.className(), p.part(), p.isAddedLater())).toList(),
                steps,
                escalations.stream().map(e -> escalation(e, protocol, locale)).toList(),
                cases.followUps(c.id()).stream().map(f -> new CaseViews.FollowUp(f.id(), f.label(), f.dueOn(),
                        f.doneAt(), f.note())).toList(),
                helpLines, works, c.status().isActive() && access.mayClose(c), access.mayDecide(c),
                c.status().isActive() ? closing.closingBlockers(c).stream()
                        .map(b -> b.startsWith("decision:") ? "decision:" + protocol.escalation(b.substring(9))
                                .map(r -> r.titleIn(locale)).orElse(b.substring(9))
                                : protocol.step(b).map(x -> x.title().in(locale))
                                .orElse(b)).toList() : List.of());
    }

    private static CaseViews.Escalation escalation(CaseEscalation e, ProtocolDefinition protocol, Locale locale) {
        Optional<EscalationRule> rule = protocol.escalation(e.ruleId());
        return new CaseViews.Escalation(e.id(), e.ruleId(), rule.map(r -> r.titleIn(locale)).orElse(e.ruleId()),
                e.firedAt(), e.decisionDueAt(), e.decidedAt(), e.decision(), e.awaitsDecision(),
                rule.map(r -> r.actions().stream().map(EscalationAction::toString).toList()).orElse(List.of()),
                rule.map(r -> ActionWords.of(r.actions(), locale)).orElse(List.of()));
    }

    private static CaseViews.Field field(FormField f, String value, Locale locale) {
        return new CaseViews.Field(f.id(), f.label().in(locale), text(f.help(), locale), f.type().name(),
                f.required(), f.options().stream().map(o -> new CaseViews.Option(o.id(), o.label().in(locale)))
                .toList(), f.min(), f.max(), value);
    }

    static CaseViews.Event event(CaseEvent e, ProtocolDefinition protocol, Locale locale, java.time.ZoneId zone,
                                 boolean full) {
        String subjectTitle = e.subject() == null ? null
                : protocol.step(e.subject()).map(s -> s.title().in(locale))
                .or(() -> protocol.escalation(e.subject()).map(r -> r.titleIn(locale))).orElse(e.subject());
        List<CaseViews.Value> values = new ArrayList<>();
        String detail = e.detail();
        if (e.kind() == EventKind.ESCALATION || e.kind() == EventKind.STEP_OVERDUE) {
            detail = ActionWords.detail(detail, locale);
        } else if (e.kind() == EventKind.DECISION_RECORDED) {
            detail = DecisionSummary.inWords(detail, locale, zone);
        }
        if (isStepRecord(e.kind()) && detail != null) {
            Map<String, String> recorded = FormValues.fromJson(detail);
            detail = recorded.remove(FormValues.NOTE);
            FormDefinition form = protocol.step(e.subject()).map(StepDefinition::form).flatMap(protocol::form)
                    .orElse(null);
            recorded.forEach((k, v) -> values.add(new CaseViews.Value(form == null ? k
                    : form.field(k).map(f -> f.label().in(locale)).orElse(k), display(form, k, v, locale))));
        }
        if (!full) {
            detail = null;
            values.clear();
        }
        return new CaseViews.Event(e.id(), e.at(), e.kind(), e.actorName(), e.subject(), subjectTitle, detail,
                values, e.parentVisible(), e.pupilVisible());
    }

    /** A recorded form value as staff read it: an option's label, yes or no, a date in words. */
    static String display(FormDefinition form, String fieldId, String value, Locale locale) {
        Optional<FormField> field = form == null ? Optional.empty() : form.field(fieldId);
        if (field.isEmpty() || value == null) {
            return value;
        }
        return switch (field.get().type()) {
            case BOOLEAN -> "true".equals(value) ? Messages.text(locale, "staff.report.yes")
                    : "false".equals(value) ? Messages.text(locale, "staff.report.no") : value;
            case DATE -> {
                try {
                    yield java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                            .withLocale(locale).format(java.time.LocalDate.parse(value));
                } catch (java.time.format.DateTimeParseException notADate) {
                    yield value;
                }
            }
            case CHOICE -> field.get().options().stream().filter(o -> o.id().equals(value)).findFirst()
                    .map(o -> o.label().in(locale)).orElse(value);
            default -> value;
        };
    }

    private static boolean isStepRecord(EventKind kind) {
        return switch (kind) {
            case STEP_COMPLETED, INTERVIEW_RECORDED, PARENTS_INFORMED, PROTECTION, MEASURE_DECIDED, DECLARATION -> true;
            default -> false;
        };
    }

    private static String text(LocalizedText text, Locale locale) {
        return text == null ? null : text.in(locale);
    }
}
