package org.haven.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.CurrentActor;
import org.haven.platform.errors.Invalid;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.Role;
import org.haven.training.domain.ActivitySummary;
import org.haven.training.domain.TrainingRepository;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Training tied to duties, for the case workflow: whether a person holds a valid (issued, not expired)
 * certificate of the modules a protocol step or a role requires. A step whose owner lacks one is refused with
 * {@link #requireTrained}.
 */
@ApplicationScoped
public class TrainingRequirements {

    @Inject
    TrainingRepository repository;

    @Inject
    TrainingCatalog catalog;

    @Inject
    TrainingStanding standing;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isTrained(long accountId, String moduleId) {
        return missing(accountId, List.of(moduleId)).isEmpty();
    }

    /** The modules of the list this account holds no valid certificate of, in the list's order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> missing(long accountId, List<String> moduleIds) {
        Set<String> valid = repository.activityOf(accountId, clock.instant()).stream()
                .filter(ActivitySummary::validCertificate).map(ActivitySummary::moduleId).collect(Collectors.toSet());
        return moduleIds.stream().filter(m -> !valid.contains(m)).distinct().toList();
    }

    /** The modules the district requires of people in this role (configured by the district admin). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> requiredFor(Role role) {
        return standing.requiredModules(List.of(role));
    }

    /**
     * Refuses (400, on the given field) when the account lacks any of these modules: message
     * {@code training.requirement.missing} with the person's name and the missing modules' titles in the language
     * of the signed-in account.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireTrained(long accountId, String personName, Collection<String> moduleIds, String field) {
        List<String> missing = missing(accountId, List.copyOf(moduleIds));
        if (!missing.isEmpty()) {
            Locale locale = actor.principal().map(HavenPrincipal::language).map(Locale::forLanguageTag)
                    .orElse(Locale.FRENCH);
            String titles = missing.stream().map(m -> catalog.title(m, locale)).collect(Collectors.joining(", "));
            throw Invalid.of(field, "training.requirement.missing", personName, titles);
        }
    }
}
