package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.cases.domain.CaseEscalation;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseStep;
import org.haven.cases.domain.StepStatus;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.protocol.application.ActionWords;
import org.haven.protocol.domain.ActionKind;
import org.haven.protocol.domain.EscalationAction;
import org.haven.protocol.domain.EscalationRule;
import org.haven.protocol.domain.FormDefinition;
import org.haven.protocol.domain.FormField;
import org.haven.protocol.domain.LocalizedText;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.StepDefinition;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One case as its page shows it: its steps with their forms and state, escalations, follow-ups, what still stops
 * it from closing, and what the reader may do; the filer of an incident sees only it as filed and its progress.
 */
@ApplicationScoped
public class CaseDetails {

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
    Clock clock;

    /** The case as this reader may see it: in full, or as filed for its filer. */
    public CaseViews.Detail of(CaseFile c, Locale locale) {
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

    private static String text(LocalizedText text, Locale locale) {
        return text == null ? null : text.in(locale);
    }
}
