package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseFollowUp;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseStep;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.StepStatus;
import org.haven.directory.application.SchoolAdministration;
import org.haven.platform.security.Role;
import org.haven.protocol.application.SchoolCalendars;
import org.haven.protocol.domain.FollowUp;
import org.haven.protocol.domain.ProtocolDefinition;

import java.time.Instant;
import java.util.List;

/** The demo cases' work as their referent would have done it: steps completed or skipped, a case closed. */
@ApplicationScoped
public class DemoCaseWork {

    static final DemoTexts TEXTS = DemoTexts.of("cases");

    @Inject
    CaseRepository cases;

    @Inject
    CaseEngine engine;

    @Inject
    SchoolAdministration schools;

    @Inject
    SchoolCalendars calendars;

    public void work(CaseFile c, List<String> stepIds, Instant at) {
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
    public boolean workAll(CaseFile c, Instant at) {
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

    public void close(CaseFile c, Instant at) {
        ProtocolDefinition protocol = engine.protocolOf(c);
        cases.add(c.close(TEXTS.text("closing.summary"), referentOf(c), at));
        for (FollowUp f : protocol.followUp()) {
            cases.add(new CaseFollowUp(c.id(), c.cycle(), f.from(at.atZone(calendars.zone()).toLocalDate()),
                    f.toString()));
        }
        engine.record(c, EventKind.CLOSED, referentOf(c), "Demo", null, null, true, true, at);
        engine.reschedule(c, at);
    }

    Long referentOf(CaseFile c) {
        return schools.accountsWithRole(c.schoolId(), List.of(Role.REFERENT)).stream().findFirst().orElse(null);
    }
}
