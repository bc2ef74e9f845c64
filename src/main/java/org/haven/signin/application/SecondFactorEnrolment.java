package org.haven.signin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.audit.application.AuditLog;
import org.haven.platform.qr.QrSvg;
import org.haven.platform.security.HavenPrincipal;
import org.haven.signin.domain.Base32;
import org.haven.signin.domain.RecoveryCodes;
import org.haven.signin.domain.SecondFactorRepository;
import org.haven.signin.domain.Totp;
import org.haven.signin.domain.TotpEnrolment;
import org.haven.signin.infrastructure.SecretSeal;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Enrolling a TOTP second factor (a secret shown as a QR code, confirmed by a first code, then ten recovery codes
 * shown once) and removing it with a code; apart from {@link SecondFactor}, which decides who must give one and
 * checks it at sign-in. Every step is audited.
 */
@ApplicationScoped
public class SecondFactorEnrolment {

    public static final String ENROLMENT_STARTED = "SECOND_FACTOR_ENROLMENT_STARTED";
    public static final String ENROLLED = "SECOND_FACTOR_ENROLLED";
    public static final String REMOVED = "SECOND_FACTOR_REMOVED";

    @Inject
    SecondFactorRepository repository;

    @Inject
    SecondFactor secondFactor;

    @Inject
    SecretSeal seal;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "haven.totp.issuer", defaultValue = "Haven")
    String issuer;

    /** What a new enrolment shows: the secret for typing by hand, the otpauth link and its QR code. */
    public record Started(String secret, String uri, String qrSvg) implements Serializable {
    }

    /**
     * Starts (or starts again) an enrolment with a new secret.
     *
     * @throws AlreadyEnrolledException when a confirmed second factor exists: it is removed first, with a code
     */
    @Transactional
    public Started start(HavenPrincipal principal) {
        long id = principal.accountId();
        byte[] secret = Totp.newSecret();
        String sealed = seal.seal(id, secret);
        Optional<TotpEnrolment> existing = repository.enrolmentForUpdate(id);
        if (existing.isPresent() && existing.get().isConfirmed()) {
            throw new AlreadyEnrolledException();
        }
        existing.ifPresentOrElse(e -> e.restart(sealed, clock.instant()),
                () -> repository.add(new TotpEnrolment(id, sealed, clock.instant())));
        audit.record(SecondFactor.record(principal, ENROLMENT_STARTED, "web-or-api"));
        String uri = Totp.otpauthUri(issuer, principal.username(), secret);
        return new Started(Base32.encode(secret), uri, QrSvg.of(uri, issuer + " " + principal.username(), 220));
    }

    /**
     * Confirms the enrolment with a first code; returns the recovery codes (shown once, stored hashed), or empty
     * when the code is wrong or no enrolment was started.
     */
    @Transactional
    public Optional<List<String>> confirm(HavenPrincipal principal, String code) {
        long id = principal.accountId();
        Optional<TotpEnrolment> pending = repository.enrolmentForUpdate(id).filter(e -> !e.isConfirmed());
        OptionalLong step = pending.map(e -> Totp.match(seal.open(id, e.secretSealed()), code, clock.instant(),
                e.lastStep())).orElse(OptionalLong.empty());
        if (step.isEmpty()) {
            audit.record(SecondFactor.record(principal, SecondFactor.FAILED, "enrolment"));
            return Optional.empty();
        }
        pending.get().accept(step.getAsLong(), clock.instant());
        List<String> codes = RecoveryCodes.generate();
        repository.replaceRecoveryCodes(id, codes.stream().map(c -> RecoveryCodes.hash(id, c)).toList());
        audit.record(SecondFactor.record(principal, ENROLLED, null));
        return Optional.of(codes);
    }

    /** Removes the second factor after a valid code (the holder proves they still have it). */
    @Transactional
    public boolean remove(HavenPrincipal principal, String code) {
        if (!secondFactor.verify(principal.accountId(), principal.username(), code, "removal")) {
            return false;
        }
        repository.enrolmentForUpdate(principal.accountId()).ifPresent(repository::remove);
        audit.record(SecondFactor.record(principal, REMOVED, null));
        return true;
    }

    /** A confirmed second factor exists: it must be removed (with a code) before a new one is enrolled. */
    public static class AlreadyEnrolledException extends RuntimeException {
        public AlreadyEnrolledException() {
            super("second factor already enrolled");
        }
    }
}
