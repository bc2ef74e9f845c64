package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseStep;
import org.haven.cases.domain.StepStatus;
import org.haven.platform.errors.Invalid;
import org.haven.platform.security.HavenPrincipal;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.StepDefinition;
import org.haven.training.application.TrainingRequirements;

import java.util.LinkedHashSet;
import java.util.Set;

/** What must hold before a step is worked: the protocol has it, it is due now, and the actor holds its training. */
@ApplicationScoped
public class StepChecks {

    @Inject
    CaseRepository cases;

    @Inject
    CaseActs acts;

    @Inject
    TrainingRequirements training;

    /**
     * Training tied to duties: whoever does a step holds the modules its owner role requires, by the protocol and
     * by the district's role requirements; otherwise the step is refused with the missing modules named.
     */
    public void requireTraining(ProtocolDefinition protocol, StepDefinition step) {
        Set<String> modules = new LinkedHashSet<>(protocol.trainingFor(step.owner()));
        modules.addAll(training.requiredFor(step.owner()));
        if (!modules.isEmpty()) {
            HavenPrincipal me = acts.me();
            training.requireTrained(me.accountId(), me.displayName(), modules, "step");
        }
    }

    static StepDefinition stepOf(ProtocolDefinition protocol, String stepId) {
        return protocol.step(stepId).orElseThrow(() -> Invalid.of("step", "case.step.unknown"));
    }

    public CaseStep dueStep(CaseFile c, String stepId) {
        CaseStep row = cases.steps(c.id()).stream().filter(s -> s.stepId().equals(stepId)).findFirst()
                .orElseThrow(() -> Invalid.of("step", "case.step.unknown"));
        if (row.status() != StepStatus.DUE) {
            throw Invalid.of("step", row.status() == StepStatus.WAITING ? "case.step.waiting"
                    : "case.step.finished");
        }
        return row;
    }
}
