package org.haven.safeguarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.application.CaseGate;
import org.haven.cases.application.CaseGate.CaseRef;
import org.haven.cases.domain.EventKind;
import org.haven.platform.errors.Conflict;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.safeguarding.domain.CaseConsent;
import org.haven.safeguarding.domain.ConsentAnswer;
import org.haven.safeguarding.domain.ConsentDecision;
import org.haven.safeguarding.domain.ConsentOverride;
import org.haven.safeguarding.domain.ConsentRepository;
import org.haven.safeguarding.domain.ConsentRules;
import org.haven.safeguarding.domain.ConsentScope;
import org.haven.safeguarding.domain.Disclosure;
import org.haven.safeguarding.domain.DisclosureBasis;
import org.haven.safeguarding.domain.RecipientKind;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pupil's wishes about who is told, the overrides that set them aside for safety or the law (a stated ground,
 * audited), and the record of every disclosure of case information: who was told what, when, why, by whom, on
 * what basis. A disclosure about a pupil is refused unless the consent rules allow it.
 */
@ApplicationScoped
public class ConsentRecords {

    public static final int RECIPIENT_MAX = 200;

    @Inject
    ConsentRepository repository;

    @Inject
    CaseGate cases;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Records what the pupil (a party of the case) wishes; the latest record holds, earlier ones stay. */
    @Transactional
    public CaseConsent record(long caseId, long partyId, ConsentAnswer parents, ConsentAnswer outside, String note) {
        CaseRef c = cases.workable(caseId);
        requireParty(c, partyId);
        List<FieldError> errors = new ArrayList<>();
        if (parents == null) {
            errors.add(new FieldError("parents", "consent.answer.required"));
        }
        if (outside == null) {
            errors.add(new FieldError("outside", "consent.answer.required"));
        }
        String cleanNote = Texts.check("note", note, false, Texts.LONG, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        CaseConsent consent = new CaseConsent(caseId, partyId, parents, outside, cleanNote,
                actor.require().accountId(), clock.instant());
        repository.add(consent);
        cases.record(caseId, EventKind.CONSENT_RECORDED, c.party(partyId).orElseThrow().name(),
                "parents " + parents + ", outside " + outside, false, false);
        audit.record(actor.get().did("CONSENT_RECORDED", "case", caseId, c.schoolId(), "party " + partyId + ": "
                + parents + "/" + outside));
        return consent;
    }

    /** Sets the pupil's wishes aside in one scope, for safety or because the law requires it; needs the ground. */
    @Transactional
    public ConsentOverride override(long caseId, long partyId, ConsentScope scope, String legalGround) {
        CaseRef c = cases.workable(caseId);
        requireParty(c, partyId);
        List<FieldError> errors = new ArrayList<>();
        if (scope == null) {
            errors.add(new FieldError("scope", "consent.scope.required"));
        }
        String ground = Texts.check("legalGround", legalGround, true, Texts.LONG, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        ConsentOverride o = new ConsentOverride(caseId, partyId, scope, ground,
                actor.require().accountId(), clock.instant());
        repository.add(o);
        cases.record(caseId, EventKind.CONSENT_OVERRIDDEN, c.party(partyId).orElseThrow().name(),
                scope + ": " + ground, false, false);
        audit.record(actor.get().did("CONSENT_OVERRIDDEN", "case", caseId, c.schoolId(), "party " + partyId + " "
                + scope));
        return o;
    }

    /** Whether the pupil's information may be shared in this scope now, and on which basis. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsentDecision decide(long caseId, long partyId, ConsentScope scope) {
        Optional<CaseConsent> latest = repository.latestConsent(caseId, partyId);
        Long overrideId = repository.latestOverrideId(caseId, partyId, scope).orElse(null);
        return ConsentRules.decide(scope, latest.map(l -> l.answer(scope)).orElse(null), overrideId);
    }

    /**
     * Records that case information was told to someone. About a pupil (partyId not null): refused unless consent,
     * the default or an override allows it in the recipient's scope. partyId null: nothing personal was shared.
     */
    @Transactional
    public Disclosure disclose(long caseId, Long partyId, RecipientKind kind, String recipient, String what,
                               String why) {
        CaseRef c = cases.workable(caseId);
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("recipientKind", "disclosure.kind.required"));
        }
        if (recipient == null || recipient.isBlank()) {
            errors.add(new FieldError("recipient", "disclosure.recipient.required"));
        } else if (recipient.strip().length() > RECIPIENT_MAX) {
            errors.add(new FieldError("recipient", "consent.text.long", RECIPIENT_MAX));
        }
        String told = Texts.check("what", what, true, Texts.LONG, errors);
        String reason = Texts.check("why", why, true, Texts.LONG, errors);
        if (partyId != null) {
            requireParty(c, partyId);
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        ConsentDecision decision = partyId == null
                ? new ConsentDecision(true, DisclosureBasis.NOT_PERSONAL, null)
                : decide(caseId, partyId, kind.scope());
        if (!decision.allowed()) {
            throw new Conflict(List.of(new FieldError("consent", "disclosure.consent.missing")));
        }
        Disclosure d = new Disclosure(caseId, partyId, kind, recipient.strip(), told, reason,
                decision.basis(), decision.overrideId(), actor.require().accountId(), clock.instant());
        repository.add(d);
        cases.record(caseId, EventKind.DISCLOSURE, kind.name(), recipient.strip(), kind == RecipientKind.PARENT,
                false);
        audit.record(actor.get().did("CASE_DISCLOSURE", "case", caseId, c.schoolId(), kind + " " + decision.basis()));
        return d;
    }

    /** The disclosures of a case, for those who work it. */
    @Transactional
    public List<Disclosure> disclosures(long caseId) {
        CaseRef c = cases.workable(caseId);
        audit.record(actor.get().did("DISCLOSURES_VIEWED", "case", caseId, c.schoolId(), null));
        return repository.disclosures(caseId);
    }

    /**
     * The disclosures about one pupil of a case, oldest first, for the parent portal (the disclosure record a
     * parent may read about their own child); the caller has established the guardianship link and audits.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Disclosure> disclosuresAbout(long caseId, long partyId) {
        return repository.disclosuresAbout(caseId, partyId);
    }

    private static void requireParty(CaseRef c, long partyId) {
        if (c.party(partyId).isEmpty()) {
            throw Invalid.of("party", "consent.party.unknown");
        }
    }
}
