package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.haven.cases.domain.CaseEvent;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseStep;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.StepStatus;
import org.haven.directory.application.SchoolAdministration;
import org.haven.notify.application.Notifications;
import org.haven.platform.security.Role;
import org.haven.protocol.application.ProtocolCatalog;
import org.haven.protocol.application.SchoolCalendars;
import org.haven.protocol.domain.Deadline;
import org.haven.protocol.domain.DeadlineCalculator;
import org.haven.protocol.domain.OverdueRule;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.SchoolCalendar;
import org.haven.protocol.domain.StepDefinition;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a case through its pinned protocol: makes steps due when their dependencies are finished, computes their
 * deadlines on the school calendar, writes its timeline, tells the roles concerned, and keeps the case's place on
 * the dashboards ({@link CaseEscalations} fires the rules). Always inside the caller's transaction.
 */
@ApplicationScoped
public class CaseEngine {

    /** The name stored on timeline entries written by Haven itself. */
    public static final String SYSTEM = "@system";

    @Inject
    CaseRepository cases;

    @Inject
    ProtocolCatalog protocols;

    @Inject
    SchoolCalendars calendars;

    @Inject
    SchoolAdministration schools;

    @Inject
    Notifications notifications;

    @Inject
    Event<CaseEventRecorded> recorded;

    public ProtocolDefinition protocolOf(CaseFile c) {
        return protocols.pinned(c.protocolId(), c.protocolVersion());
    }

    /** Creates a row for every step of the protocol and makes the first ones due. */
    public void start(CaseFile c, Instant now) {
        for (StepDefinition step : protocolOf(c).steps()) {
            cases.add(new CaseStep(c.id(), c.schoolId(), step.id()));
        }
        advance(c, now, false);
    }

    /** Makes due the waiting steps whose dependencies are all finished, and tells their owners. */
    public void advance(CaseFile c, Instant now) {
        advance(c, now, true);
    }

    /** As above; on opening (tellOwners false) the case's opening notification already told them. */
    private void advance(CaseFile c, Instant now, boolean tellOwners) {
        ProtocolDefinition protocol = protocolOf(c);
        Set<Role> owners = new java.util.LinkedHashSet<>();
        List<CaseStep> steps = cases.steps(c.id());
        Set<String> finished = steps.stream().filter(s -> s.status().isFinished()).map(CaseStep::stepId)
                .collect(Collectors.toSet());
        SchoolCalendar calendar = calendars.current();
        for (CaseStep step : steps) {
            if (step.status() != StepStatus.WAITING) {
                continue;
            }
            protocol.step(step.stepId()).filter(d -> finished.containsAll(d.after())).ifPresent(d -> {
                step.becomeDue(DeadlineCalculator.due(now, d.due(), calendar, calendars.zone()));
                planRung(protocol, step);
                owners.add(d.owner());
            });
        }
        if (tellOwners) {
            owners.forEach(role -> notifyRole(c, role, "CASE_STEP_DUE", false));
        }
    }

    /** Plans when a due step climbs the next rung of the overdue ladder. */
    public void planRung(ProtocolDefinition protocol, CaseStep step) {
        List<OverdueRule> ladder = protocol.overdue();
        Instant next = step.overdueRungs() < ladder.size()
                ? due(step.dueAt(), ladder.get(step.overdueRungs()).after()) : null;
        if (step.overdueRungs() == 0) {
            step.planFirstRung(next);
        }
    }

    /** Puts the case at its place on the dashboards: urgent, overdue, by due date, closed. */
    public void reschedule(CaseFile c, Instant now) {
        Instant earliest = cases.steps(c.id()).stream().filter(s -> s.status() == StepStatus.DUE)
                .map(CaseStep::dueAt).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        boolean pendingDecision = cases.escalations(c.id()).stream()
                .anyMatch(e -> e.cycle() == c.cycle() && e.awaitsDecision());
        c.schedule(earliest, pendingDecision, now);
    }

    /** Appends an entry to the case's timeline. */
    public CaseEvent record(CaseFile c, EventKind kind, Long actorId, String actorName, String subject, String detail,
                            boolean parentVisible, boolean pupilVisible, Instant at) {
        CaseEvent event = cases.add(new CaseEvent(c.id(), at, kind, actorId, actorName, subject, detail,
                parentVisible, pupilVisible));
        if (parentVisible) {
            recorded.fire(new CaseEventRecorded(c.id(), event.id(), kind));
        }
        return event;
    }

    public Instant due(Instant start, Deadline deadline) {
        return DeadlineCalculator.due(start, deadline, calendars.current(), calendars.zone());
    }

    /** Tells the people who hold a role for the case's school (or, for district roles, the district). */
    public void notifyRole(CaseFile c, Role role, String kind, boolean urgent) {
        List<Long> accounts = role.isSchoolScoped()
                ? schools.accountsWithRole(c.schoolId(), List.of(role))
                : schools.accountsWithDistrictRole(List.of(role));
        notifications.notify(accounts, kind, "case", c.id(), urgent);
        if (role == Role.DISTRICT_LEAD) {
            c.escalate();
        }
    }
}
