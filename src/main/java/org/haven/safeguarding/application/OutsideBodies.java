package org.haven.safeguarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.audit.domain.Actor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.safeguarding.domain.OutsideBody;
import org.haven.safeguarding.domain.OutsideBodyRepository;
import org.haven.safeguarding.domain.Referral;
import org.haven.safeguarding.domain.ReferralKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The district's directory of outside bodies (child protection unit, prosecutor, police, health services,
 * associations, platforms' channels): kept by the district admin, offered when a referral is drafted. Audited.
 */
@ApplicationScoped
public class OutsideBodies {

    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .-]{1,28}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

    @Inject
    OutsideBodyRepository repository;

    @Inject
    SchoolAdministration schools;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    /** A new body of the directory. */
    public record NewBody(ReferralKind kind, String name, String phone, String email, String address, String takes,
                          Integer responseDays) {
    }

    /** Every body of the district, active first, by kind and name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutsideBody> all() {
        return repository.all(district());
    }

    /** The active bodies a referral can be sent to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutsideBody> active() {
        return repository.active(district());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OutsideBody> byId(long id) {
        return repository.byId(id).filter(b -> b.districtId() == district());
    }

    @Transactional
    public OutsideBody add(NewBody body) {
        List<FieldError> errors = new ArrayList<>();
        if (body.kind() == null) {
            errors.add(new FieldError("kind", "body.kind.required"));
        }
        String name = Texts.check("name", body.name(), true, Texts.SHORT, errors);
        String phone = Texts.check("phone", body.phone(), false, 30, errors);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("phone", "resource.phone.invalid"));
        }
        String email = Texts.check("email", body.email(), false, Texts.SHORT, errors);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "body.email.invalid"));
        }
        String address = Texts.check("address", body.address(), false, 400, errors);
        String takes = Texts.check("takes", body.takes(), true, Texts.LONG, errors);
        int days = body.responseDays() == null ? 5 : body.responseDays();
        if (days < 1 || days > 90) {
            errors.add(new FieldError("responseDays", "body.days.range", 1, 90));
        }
        if (phone == null && email == null && address == null) {
            errors.add(new FieldError("phone", "body.contact.required"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        OutsideBody b = new OutsideBody(district(), body.kind(), name, phone, email, address, takes, days);
        repository.add(b);
        audit.record(actor.get().did("OUTSIDE_BODY_ADDED", "outside_body", b.id(), null, body.kind().name()));
        return b;
    }

    @Transactional
    public void setActive(long id, boolean active) {
        OutsideBody b = byId(id).orElseThrow(() -> new NotFound(List.of(
                new FieldError("id", "body.notFound"))));
        b.setActive(active);
        audit.record(actor.get().did(active ? "OUTSIDE_BODY_ACTIVATED" : "OUTSIDE_BODY_DEACTIVATED",
                "outside_body", id, null, null));
    }

    /** Adds bodies without a signed-in account (start-up seeding); audited as the system. */
    @Transactional
    public int seedIfEmpty(List<NewBody> bodies) {
        long district = district();
        if (district == 0 || repository.count(district) > 0) {
            return 0;
        }
        for (NewBody n : bodies) {
            OutsideBody b = new OutsideBody(district, n.kind(), n.name(), n.phone(), n.email(), n.address(),
                    n.takes(), n.responseDays());
            repository.add(b);
        }
        audit.record(Actor.SYSTEM.did("OUTSIDE_BODIES_SEEDED", "outside_body", null, null,
                Integer.toString(bodies.size())));
        return bodies.size();
    }

    /** The directory's body a referral is addressed to, if it names one. */
    public Optional<OutsideBody> of(Referral r) {
        return r.bodyId() == null ? Optional.empty() : byId(r.bodyId());
    }

    /** The name written on the disclosure and the timeline: the directory's body, or the recipient typed in. */
    public String recipientName(Referral r) {
        return of(r).map(OutsideBody::name).orElse(r.recipient() == null ? "" : r.recipient());
    }

    private long district() {
        return schools.districtSchedule().districtId();
    }

    String country() {
        return schools.districtCountry();
    }
}
