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
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.safeguarding.domain.ConsentDecision;
import org.haven.safeguarding.domain.ConsentScope;
import org.haven.safeguarding.domain.Disclosure;
import org.haven.safeguarding.domain.OutsideBody;
import org.haven.safeguarding.domain.Referral;
import org.haven.safeguarding.domain.ReferralDeadlines;
import org.haven.safeguarding.domain.ReferralDocument;
import org.haven.safeguarding.domain.ReferralRepository;
import org.haven.safeguarding.domain.ReferralStatus;
import org.haven.safeguarding.domain.ReferralTransition;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Referrals of a case to outside bodies through their lifecycle: drafted by a person or by a protocol rule
 * ("referral police"), sent with the pupil's consent or a stated override (the disclosure record says which) and
 * the generated document, then acknowledged, accepted or rejected (with a reason), done, or revoked (with a
 * reason). Every move is a transition row, a timeline entry and an audit entry. The rules' drafts are
 * {@link ProtocolReferrals}', late moves are reminded by {@link ReferralReminders}, reads are {@link ReferralReads}.
 */
@ApplicationScoped
public class Referrals {

    @Inject
    ReferralRepository repository;

    @Inject
    CaseGate cases;

    @Inject
    ConsentRecords consent;

    @Inject
    OutsideBodies bodies;

    @Inject
    ReferralDocuments documents;

    @Inject
    ReferralContent content;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Referral draft(long caseId, ReferralDraft draft) {
        CaseRef c = cases.workable(caseId);
        if (!c.active()) {
            throw Invalid.of("status", "case.closed");
        }
        if (draft == null || draft.kind() == null) {
            throw Invalid.of("kind", "referral.kind.required");
        }
        Instant now = clock.instant();
        long me = actor.require().accountId();
        Referral r = new Referral(caseId, c.schoolId(), draft.kind(), null, null, me, now,
                ReferralDeadlines.next(ReferralStatus.DRAFT, now, null));
        content.apply(c, r, draft, now);
        repository.add(r);
        repository.addTransition(new ReferralTransition(r.id(), null, ReferralStatus.DRAFT, null, me, now));
        cases.record(caseId, EventKind.REFERRAL, r.kind().protocolName() + ": " + ReferralStatus.DRAFT,
                bodies.recipientName(r), false, false);
        audit.record(actor.get().did("REFERRAL_DRAFTED", "case", caseId, c.schoolId(), "referral " + r.id() + " "
                + r.kind()));
        return r;
    }

    /** Changes a draft's content (a protocol's draft gets its body, pupil, reason and what is shared here). */
    @Transactional
    public Referral edit(long referralId, ReferralDraft draft) {
        Referral r = load(referralId);
        CaseRef c = cases.workable(r.caseId());
        if (r.status() != ReferralStatus.DRAFT) {
            throw illegal(r.status(), ReferralStatus.DRAFT);
        }
        content.apply(c, r, draft, clock.instant());
        audit.record(actor.get().did("REFERRAL_EDITED", "case", r.caseId(), c.schoolId(), "referral " + r.id()));
        return r;
    }

    /**
     * Sends a draft: its content must be complete; about a pupil, the pupil's consent to sharing outside the school
     * (or an override with its legal ground) is required, and the disclosure is recorded; the document is generated
     * from the case and kept as sent.
     */
    @Transactional
    public Referral send(long referralId, Locale locale) {
        Referral r = load(referralId);
        CaseRef c = cases.workable(r.caseId());
        if (r.status() != ReferralStatus.DRAFT) {
            throw illegal(r.status(), ReferralStatus.SENT);
        }
        content.checkComplete(c, r);
        if (r.partyId() != null && !consent.decide(r.caseId(), r.partyId(), ConsentScope.OUTSIDE).allowed()) {
            throw new Conflict(List.of(new FieldError("consent", "referral.consent.missing")));
        }
        Instant now = clock.instant();
        Disclosure d = consent.disclose(r.caseId(), r.partyId(), r.kind().recipientKind(), bodies.recipientName(r),
                r.shared(), r.reason());
        r.sentWith(d.id());
        Integer days = bodies.of(r).map(OutsideBody::responseDays).orElse(null);
        move(c, r, ReferralStatus.SENT, null, now, ReferralDeadlines.next(ReferralStatus.SENT, now, days));
        ReferralDocument doc = documents.generate(r, d, locale);
        repository.addDocument(doc);
        audit.record(actor.get().did("REFERRAL_DOCUMENT_GENERATED", "case", r.caseId(), c.schoolId(),
                "referral " + r.id() + " sha256 " + doc.sha256()));
        return r;
    }

    /**
     * Moves a sent referral on: ACKNOWLEDGED (with the body's reference, if any), ACCEPTED, REJECTED (reason
     * required), DONE (with the outcome), REVOKED (reason required). A move the lifecycle does not allow is refused.
     */
    @Transactional
    public Referral move(long referralId, ReferralStatus to, String note, String externalRef) {
        Referral r = load(referralId);
        CaseRef c = cases.workable(r.caseId());
        if (to == null) {
            throw Invalid.of("status", "referral.status.required");
        }
        if (to == ReferralStatus.SENT || to == ReferralStatus.DRAFT || !r.status().canMoveTo(to)) {
            throw illegal(r.status(), to);
        }
        List<FieldError> errors = new ArrayList<>();
        String cleanNote = Texts.check("note", note, to.needsReason(), Texts.LONG, errors);
        String ref = Texts.check("externalRef", externalRef, false, 100, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        if (ref != null) {
            r.externalRef(ref);
        }
        if (to == ReferralStatus.DONE || to.needsReason()) {
            r.closingNote(cleanNote);
        }
        Instant now = clock.instant();
        Integer days = bodies.of(r).map(OutsideBody::responseDays).orElse(null);
        move(c, r, to, cleanNote, now, ReferralDeadlines.next(to, now, days));
        return r;
    }

    /** One document's bytes, for those who work the case; audited. */
    @Transactional
    public ReferralDocument document(long referralId, long documentId) {
        Referral r = load(referralId);
        CaseRef c = cases.workable(r.caseId());
        ReferralDocument d = repository.document(referralId, documentId).orElseThrow(Referrals::notFound);
        audit.record(actor.get().did("REFERRAL_DOCUMENT_READ", "case", r.caseId(), c.schoolId(),
                "referral " + r.id() + " document " + d.id()));
        return d;
    }

    /** Whether the pupil of the referral may be the subject of a disclosure outside the school now. */
    @Transactional
    public ConsentDecision consentFor(long referralId) {
        Referral r = load(referralId);
        cases.workable(r.caseId());
        return r.partyId() == null ? ConsentDecision.refused()
                : consent.decide(r.caseId(), r.partyId(), ConsentScope.OUTSIDE);
    }

    private void move(CaseRef c, Referral r, ReferralStatus to, String note, Instant now, Instant nextDue) {
        ReferralStatus from = r.move(to, now, nextDue);
        long me = actor.require().accountId();
        repository.addTransition(new ReferralTransition(r.id(), from, to, note, me, now));
        cases.record(r.caseId(), EventKind.REFERRAL, r.kind().protocolName() + ": " + to,
                note == null ? bodies.recipientName(r) : bodies.recipientName(r) + " — " + note, false, false);
        audit.record(actor.get().did("REFERRAL_" + to.name(), "case", r.caseId(), c.schoolId(),
                "referral " + r.id() + " " + from + "->" + to));
    }

    private Referral load(long referralId) {
        return repository.byId(referralId).orElseThrow(Referrals::notFound);
    }

    private static Refusal illegal(ReferralStatus from, ReferralStatus to) {
        return new Conflict(List.of(new FieldError("status", "referral.transition.illegal",
                String.valueOf(from), String.valueOf(to))));
    }

    static Refusal notFound() {
        return new NotFound(List.of(new FieldError("id", "referral.notFound")));
    }
}
