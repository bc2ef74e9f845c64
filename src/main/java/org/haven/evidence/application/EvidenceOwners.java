package org.haven.evidence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.haven.evidence.domain.EvidenceOwner;

import java.util.List;
import java.util.Optional;

/** The {@link EvidenceOwnerScope} of each kind of owner that the application has. */
@ApplicationScoped
public class EvidenceOwners {

    @Inject
    @Any
    Instance<EvidenceOwnerScope> scopes;

    public Optional<EvidenceOwnerScope> of(EvidenceOwner.Kind kind) {
        return scopes.stream().filter(s -> s.kind() == kind).findFirst();
    }

    public List<EvidenceOwnerScope> all() {
        return scopes.stream().toList();
    }

    public Optional<EvidenceOwner> find(EvidenceOwner.Kind kind, long id) {
        return of(kind).flatMap(s -> s.find(id));
    }
}
