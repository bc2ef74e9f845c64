package org.haven.safeguarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.cases.application.CaseGate.CaseRef;
import org.haven.cases.domain.PartyRole;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.safeguarding.domain.OutsideBody;
import org.haven.safeguarding.domain.Referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a referral holds, checked: a draft's content as it is written (a pupil of the case, an active body of the
 * referral's kind, texts within their lengths), and complete before it is sent.
 */
@ApplicationScoped
public class ReferralContent {

    @Inject
    OutsideBodies bodies;

    /** Writes the draft's content into the referral, or refuses it with every field's error. */
    void apply(CaseRef c, Referral r, ReferralDraft draft, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.partyId() != null && c.party(draft.partyId()).isEmpty()) {
            errors.add(new FieldError("party", "consent.party.unknown"));
        }
        if (draft.bodyId() != null) {
            Optional<OutsideBody> body = bodies.byId(draft.bodyId()).filter(OutsideBody::active);
            if (body.isEmpty()) {
                errors.add(new FieldError("body", "body.notFound"));
            } else if (body.get().kind() != r.kind()) {
                errors.add(new FieldError("body", "referral.body.otherKind"));
            }
        }
        String recipient = Texts.check("recipient", draft.recipient(), false, Texts.SHORT, errors);
        String reason = Texts.check("reason", draft.reason(), false, Texts.LONG, errors);
        String shared = Texts.check("shared", draft.shared(), false, Texts.LONG, errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        r.edit(draft.partyId(), draft.bodyId(), recipient, reason, shared, now);
    }

    /** A recipient, the reason, what is shared, and the pupil when the case has a target: refused otherwise. */
    void checkComplete(CaseRef c, Referral r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.bodyId() == null && r.recipient() == null) {
            errors.add(new FieldError("recipient", "referral.recipient.required"));
        }
        if (r.reason() == null) {
            errors.add(new FieldError("reason", "case.text.required"));
        }
        if (r.shared() == null) {
            errors.add(new FieldError("shared", "case.text.required"));
        }
        if (r.partyId() == null && c.parties().stream().anyMatch(p -> p.part() == PartyRole.TARGET)) {
            errors.add(new FieldError("party", "referral.party.required"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }
}
