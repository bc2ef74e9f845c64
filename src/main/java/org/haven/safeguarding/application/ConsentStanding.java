package org.haven.safeguarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.cases.application.CaseGate;
import org.haven.cases.application.CaseGate.CaseRef;
import org.haven.cases.domain.PartyRole;
import org.haven.safeguarding.domain.CaseConsent;
import org.haven.safeguarding.domain.ConsentAnswer;
import org.haven.safeguarding.domain.ConsentDecision;
import org.haven.safeguarding.domain.ConsentRepository;
import org.haven.safeguarding.domain.ConsentScope;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where the consent of each pupil of a case stands, for the case page's consent section. */
@ApplicationScoped
public class ConsentStanding {

    /** Where one pupil's consent stands: the latest answers and what they allow now. */
    public record PartyConsent(long partyId, String name, PartyRole part, ConsentAnswer parents,
                               ConsentAnswer outside, ConsentDecision parentsDecision,
                               ConsentDecision outsideDecision) {
    }

    @Inject
    CaseGate cases;

    @Inject
    ConsentRepository repository;

    @Inject
    ConsentRecords records;

    /** Every pupil of the roster in the case with where their consent stands, for those who work it. */
    @Transactional
    public List<PartyConsent> of(long caseId) {
        CaseRef c = cases.workable(caseId);
        List<PartyConsent> out = new ArrayList<>();
        for (CaseGate.PartyRef p : c.parties()) {
            if (p.personId() == null) {
                continue;
            }
            Optional<CaseConsent> latest = repository.latestConsent(caseId, p.id());
            out.add(new PartyConsent(p.id(), p.name(), p.part(),
                    latest.map(l -> l.answer(ConsentScope.PARENTS)).orElse(ConsentAnswer.NOT_ASKED),
                    latest.map(l -> l.answer(ConsentScope.OUTSIDE)).orElse(ConsentAnswer.NOT_ASKED),
                    records.decide(caseId, p.id(), ConsentScope.PARENTS),
                    records.decide(caseId, p.id(), ConsentScope.OUTSIDE)));
        }
        return out;
    }
}
