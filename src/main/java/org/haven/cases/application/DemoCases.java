package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseTransition;
import org.haven.cases.domain.CaseFollowUp;
import org.haven.cases.domain.CaseOrigin;
import org.haven.cases.domain.CaseParty;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseStep;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.PartyRole;
import org.haven.cases.domain.StepStatus;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolAdministration.RosterPupil;
import org.haven.directory.application.SchoolView;
import org.haven.directory.domain.Role;
import org.haven.protocol.application.ProtocolCatalog;
import org.haven.protocol.application.SchoolCalendars;
import org.haven.protocol.domain.FollowUp;
import org.haven.protocol.domain.ProtocolDefinition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The demo district's cases, so that a newcomer sees the workflow at once: an urgent case awaiting the head's
 * decision, a case with overdue steps, a case closed with a follow-up check-in due, and a primary-school case at
 * its first step. Written through the same engine as real cases, with times in the past. Demo mode only.
 */
@ApplicationScoped
public class DemoCases {

    private static final DemoTexts TEXTS = DemoTexts.of("cases");

    @Inject
    CaseRepository cases;

    @Inject
    CaseEngine engine;

    @Inject
    CaseEscalations escalations;

    @Inject
    SchoolAdministration schools;

    @Inject
    ProtocolCatalog protocols;

    @Inject
    SchoolCalendars calendars;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    Clock clock;

    @Inject
    org.haven.insight.application.InsightCounts insight;

    /** Returns the numbers of the cases made, none when the demo district already has cases. */
    @Transactional
    public List<String> loadIfAbsent() {
        if (cases.count() > 0) {
            return List.of();
        }
        Instant now = clock.instant();
        CaseFile urgent = open("DEMO-COLLEGE", "THREATS", TEXTS.text("urgent.description"), Set.of("SNAPCHAT"),
                Set.of("self_harm", "threats"), now.minus(Duration.ofMinutes(35)));
        CaseFile overdue = open("DEMO-LYCEE", "INSULTS", TEXTS.text("overdue.description"), Set.of("WHATSAPP"),
                Set.of(), now.minus(Duration.ofDays(9)));
        work(overdue, List.of("acknowledge"), now.minus(Duration.ofDays(8)));
        CaseFile closed = open("DEMO-COLLEGE", "EXCLUSION", TEXTS.text("closed.description"), Set.of("INSTAGRAM"),
                Set.of(), now.minus(Duration.ofDays(60)));
        Instant at = now.minus(Duration.ofDays(59));
        while (workAll(closed, at)) {
            at = at.plus(Duration.ofHours(20));
        }
        close(closed, now.minus(Duration.ofDays(15)));
        CaseFile primary = open("DEMO-ECOLE", "HUMILIATION", TEXTS.text("primary.description"), Set.of(),
                Set.of(), now.minus(Duration.ofHours(3)));
        deadlines.sweep(now);
        return List.of(urgent.number(), overdue.number(), closed.number(), primary.number());
    }

    private CaseFile open(String schoolCode, String category, String description, Set<String> platforms,
                          Set<String> risk, Instant at) {
        SchoolView school = schools.byCode(schoolCode).orElseThrow();
        ProtocolDefinition protocol = protocols.active(protocols.protocolIdFor(school)).orElseThrow();
        Long teacher = schools.accountsWithRole(school.id(), List.of(Role.TEACHER)).stream().findFirst().orElse(null);
        CaseFile c = cases.add(new CaseFile(school.id(), protocol.id(), protocol.version(), CaseOrigin.STAFF, null,
                category, description, at.atZone(calendars.zone()).toLocalDate(), null, platforms, risk, teacher, at));
        c.number(calendars.zone());
        cases.add(CaseTransition.opened(c));
        List<RosterPupil> pupils = schools.pupils(school.id(), null, 3);
        if (!pupils.isEmpty()) {
            RosterPupil target = pupils.get(0);
            cases.add(new CaseParty(c.id(), target.personId(), target.fullName(), target.className(), PartyRole.TARGET));
        }
        cases.add(new CaseParty(c.id(), null, TEXTS.text("author"), null, PartyRole.ALLEGED_AUTHOR));
        engine.record(c, EventKind.INCIDENT_FILED, teacher, "Demo", c.number(), null, false, true, at);
        insight.caseOpened(c.schoolId(), category, null, false, at);
        engine.start(c, at);
        escalations.escalate(c, at);
        return c;
    }

    private void work(CaseFile c, List<String> stepIds, Instant at) {
        Long referent = referentOf(c);
        for (CaseStep s : cases.steps(c.id())) {
            if (stepIds.contains(s.stepId()) && s.status() == StepStatus.DUE) {
                s.complete(referent, null, TEXTS.text("step.done"), at);
                engine.record(c, EventKind.STEP_COMPLETED, referent, "Demo", s.stepId(), null, false, false, at);
            }
        }
        c.enterProtocol(referent, at).ifPresent(cases::add);
        engine.advance(c, at);
        engine.reschedule(c, at);
    }

    /** Completes (or skips, when skippable) every due step; false when nothing was due. */
    private boolean workAll(CaseFile c, Instant at) {
        ProtocolDefinition protocol = engine.protocolOf(c);
        Long referent = referentOf(c);
        boolean any = false;
        for (CaseStep s : cases.steps(c.id())) {
            if (s.status() != StepStatus.DUE) {
                continue;
            }
            any = true;
            boolean skip = protocol.step(s.stepId()).map(d -> d.skippable() && "disciplinary".equals(d.id()))
                    .orElse(false);
            if (skip) {
                s.skip(referent, TEXTS.text("step.skipped"), at);
            } else {
                s.complete(referent, null, TEXTS.text("step.done"), at);
            }
            engine.record(c, skip ? EventKind.STEP_SKIPPED : EventKind.STEP_COMPLETED, referent, "Demo", s.stepId(),
                    null, false, false, at);
        }
        c.enterProtocol(referent, at).ifPresent(cases::add);
        engine.advance(c, at);
        return any;
    }

    private void close(CaseFile c, Instant at) {
        ProtocolDefinition protocol = engine.protocolOf(c);
        cases.add(c.close(TEXTS.text("closing.summary"), referentOf(c), at));
        for (FollowUp f : protocol.followUp()) {
            cases.add(new CaseFollowUp(c.id(), c.cycle(), f.from(at.atZone(calendars.zone()).toLocalDate()),
                    f.toString()));
        }
        engine.record(c, EventKind.CLOSED, referentOf(c), "Demo", null, null, true, true, at);
        engine.reschedule(c, at);
    }

    private Long referentOf(CaseFile c) {
        return schools.accountsWithRole(c.schoolId(), List.of(Role.REFERENT)).stream().findFirst().orElse(null);
    }
}
