package org.haven.protocol.domain;

import org.haven.directory.domain.SchoolLevel;
import org.haven.platform.security.Role;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** One version of a district protocol, as read and validated from its file. Immutable. */
public record ProtocolDefinition(String id, int version, LocalizedText title, List<String> languages,
                                 Set<SchoolLevel> appliesTo, Map<String, FormDefinition> forms,
                                 List<StepDefinition> steps, List<EscalationRule> escalations,
                                 List<OverdueRule> overdue, ClosingRule closing, List<FollowUp> followUp,
                                 Map<Role, List<String>> training, List<Role> evidenceExport) {

    public ProtocolDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(closing, "closing");
        languages = List.copyOf(languages);
        appliesTo = Collections.unmodifiableSet(appliesTo.isEmpty()
                ? EnumSet.noneOf(SchoolLevel.class) : EnumSet.copyOf(appliesTo));
        forms = Collections.unmodifiableMap(new LinkedHashMap<>(forms));
        steps = List.copyOf(steps);
        escalations = List.copyOf(escalations);
        overdue = List.copyOf(overdue);
        followUp = List.copyOf(followUp);
        training = Map.copyOf(training);
        evidenceExport = List.copyOf(evidenceExport);
    }

    /** The training modules a person must hold to do the steps this role owns. */
    public List<String> trainingFor(Role owner) {
        return training.getOrDefault(owner, List.of());
    }

    public Optional<StepDefinition> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public Optional<EscalationRule> escalation(String ruleId) {
        return escalations.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    public Optional<FormDefinition> form(String formId) {
        return Optional.ofNullable(formId == null ? null : forms.get(formId));
    }

    /** The steps not done yet whose dependencies are all done (or skipped), in the protocol's order. */
    public List<StepDefinition> stepsReadyAfter(Set<String> doneStepIds) {
        return steps.stream()
                .filter(s -> !doneStepIds.contains(s.id()))
                .filter(s -> doneStepIds.containsAll(s.after()))
                .toList();
    }

    /** The escalation rules whose condition holds for the facts of a case, in the protocol's order. */
    public List<EscalationRule> rulesMatching(Set<String> facts) {
        return escalations.stream().filter(r -> r.matches(facts)).toList();
    }

    public boolean appliesTo(SchoolLevel level) {
        return appliesTo.contains(level);
    }
}
