package org.haven.family.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.application.CaseGate;
import org.haven.cases.application.CaseGate.PupilCase;
import org.haven.directory.application.Contacts;
import org.haven.family.domain.ParentSight;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.safeguarding.application.ConsentRecords;
import org.haven.safeguarding.domain.ConsentScope;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which cases the signed-in parent may follow: those where one of their own children (guardianship, from the
 * account, never from a parameter) is the targeted pupil or an alleged author, and where that child's wishes
 * (or the default, or an override) allow telling the parents, and only once the protocol has told them (a
 * parent-visible entry: a step marked parent_visible done, or the closing): a case just filed is not theirs to see
 * before the school has heard the pupil. Anything else is "not found", audited.
 */
@ApplicationScoped
public class FamilyScope {

    @Inject
    CaseGate cases;

    @Inject
    Contacts contacts;

    @Inject
    ConsentRecords consent;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    /** My children's parts in the cases I may follow, newest case first. */
    public List<PupilCase> myParts() {
        Map<Long, Contacts.Child> children = myChildren();
        Map<Long, Boolean> told = new java.util.HashMap<>();
        return cases.casesOfPupils(children.keySet()).stream().filter(p -> ParentSight.follows(p.part()))
                .filter(p -> told.computeIfAbsent(p.caseId(), id -> !cases.parentEntries(id, java.util.Locale.ROOT)
                        .isEmpty()))
                .filter(p -> consent.decide(p.caseId(), p.partyId(), ConsentScope.PARENTS).allowed()).toList();
    }

    /** My children's parts in one case; 404 (audited) when there is none I may follow. */
    public List<PupilCase> myParts(long caseId) {
        List<PupilCase> parts = myParts().stream().filter(p -> p.caseId() == caseId).toList();
        if (parts.isEmpty()) {
            audit.recordRefusal(actor.get().did("FAMILY_CASE_DENIED", "case", caseId, null, null));
            throw new NotFound(List.of(new Refusal.FieldError("id",
                    "family.case.notFound")));
        }
        return parts;
    }

    public Map<Long, Contacts.Child> myChildren() {
        return contacts.childrenOf(actor.require().accountId()).stream()
                .collect(Collectors.toMap(Contacts.Child::personId, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }
}
