package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseParty;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseScope;
import org.haven.cases.domain.PartyRole;
import org.haven.cases.domain.RepeatAuthorQueries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Repeat authors (issue 20): an alleged author of a case (a roster pupil, or a name or handle typed) who is also an
 * alleged author in other cases. On a case the flag names only the other cases the viewer may load themselves (the
 * scope is applied to each), so a referent never learns of another school's case; the district lead sees the
 * escalated ones. {@link #districtCount()} is the nameless count for the insight figures.
 */
@ApplicationScoped
public class RepeatAuthors {

    /** One alleged author of the case and the other cases (numbers) the viewer may see them in. */
    public record Flag(String author, Long personId, List<String> otherCases) {
    }

    @Inject
    CaseRepository cases;

    @Inject
    RepeatAuthorQueries repeats;

    @Inject
    CaseAccess access;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Transactional
    public List<Flag> of(long caseId) {
        CaseFile c = access.load(caseId);
        access.require(!access.onlyFiled(c));
        List<CaseParty> authors = cases.parties(c.id()).stream().filter(p -> p.part() == PartyRole.ALLEGED_AUTHOR)
                .toList();
        Set<Long> people = authors.stream().map(CaseParty::personId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> names = authors.stream().filter(p -> p.personId() == null)
                .map(p -> p.displayName().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<CaseParty> elsewhere = repeats.sameAuthorsElsewhere(c.id(), people, names);
        CaseScope scope = access.scope();
        Map<Long, String> visible = new java.util.HashMap<>();
        elsewhere.stream().map(CaseParty::caseId).distinct().forEach(id -> cases.inScope(id, scope)
                .filter(other -> !scope.onlyFiled(other)).ifPresent(other -> visible.put(id, other.number())));
        List<Flag> flags = new ArrayList<>();
        for (CaseParty a : authors) {
            Set<String> numbers = elsewhere.stream().filter(e -> same(a, e)).map(CaseParty::caseId)
                    .filter(visible::containsKey).map(visible::get).collect(Collectors.toCollection(TreeSet::new));
            if (!numbers.isEmpty()) {
                flags.add(new Flag(a.displayName(), a.personId(), List.copyOf(numbers)));
            }
        }
        audit.record(actor.get().did("CASE_REPEAT_AUTHORS_VIEWED", "case", c.id(), c.schoolId(),
                flags.size() + " flag(s)"));
        return flags;
    }

    /**
     * How many alleged authors appear in more than one case of the district, without names: what the insight
     * figures count (issue 20). A roster pupil counts once however they were typed; a typed name counts by its
     * lower-case form.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long districtCount() {
        return repeats.repeatAuthorCount();
    }

    private static boolean same(CaseParty a, CaseParty b) {
        if (a.personId() != null) {
            return a.personId().equals(b.personId());
        }
        return b.personId() == null && a.displayName().equalsIgnoreCase(b.displayName());
    }
}
