package org.haven.training.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.platform.cluster.SharedCounters;
import org.haven.platform.security.RateLimiter;
import org.haven.training.application.TrainingViews.CertificateItem;
import org.haven.training.application.TrainingViews.Verification;
import org.haven.training.application.TrainingViews.VerificationStatus;
import org.haven.training.domain.Certificate;
import org.haven.training.domain.CertificateCode;
import org.haven.training.domain.TrainingModule;
import org.haven.training.domain.TrainingRepository;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificates: issued when a quiz is passed, downloaded as PDF by their holder only, and checked by anyone with
 * the code, who learns only whether it is valid, whose it is, for which module and when it was issued. Lookups
 * are rate-limited per client and audited (the typed code is never stored).
 */
@ApplicationScoped
public class Certificates {

    @Inject
    TrainingRepository repository;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    CertificateSheets sheets;

    @Inject
    SharedCounters counters;

    @Inject
    @ConfigProperty(name = "haven.limits.certificate-lookups-per-10-minutes", defaultValue = "30")
    int lookupsPer10Minutes;

    private RateLimiter lookups;

    @PostConstruct
    void init() {
        lookups = new RateLimiter(clock, lookupsPer10Minutes, Duration.ofMinutes(10),
                counters.map("certificate-lookups", Duration.ofMinutes(10)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Certificate issue(TrainingModule module, long accountId, String holderName, Long attemptId) {
        Certificate c = repository.add(new Certificate(CertificateCode.generate(), accountId, module, attemptId,
                holderName, clock.instant()));
        audit.record(actor.get().did("CERTIFICATE_ISSUED", "training_certificate", c.id(), null,
                module.id() + " version " + module.version()));
        return c;
    }

    /** Whether this client may look up a code now; counts the lookup. */
    public boolean mayLookUp(String clientKey) {
        return lookups.tryAcquire(clientKey);
    }

    /** What the public may know of a certificate: the same answer for a malformed and an unknown code. */
    @Transactional
    public Verification verify(String typedCode, Locale locale) {
        Optional<Certificate> found = CertificateCode.normalize(typedCode).flatMap(repository::certificateByCode);
        if (found.isEmpty()) {
            audit.record(actor.get().did("CERTIFICATE_LOOKUP", "training_certificate", null, null, "unknown"));
            return Verification.UNKNOWN;
        }
        Certificate c = found.get();
        boolean valid = c.validAt(clock.instant());
        audit.record(actor.get().did("CERTIFICATE_LOOKUP", "training_certificate", c.id(), null,
                valid ? "valid" : "expired"));
        return new Verification(valid ? VerificationStatus.VALID : VerificationStatus.EXPIRED, c.holderName(),
                c.title().in(locale), c.issuedAt());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CertificateItem> mine(Locale locale) {
        long me = actor.require().accountId();
        return repository.certificates(me).stream().map(c -> new CertificateItem(c.id(),
                CertificateCode.display(c.code()), c.moduleId(), c.title().in(locale), c.issuedAt(), c.expiresAt(),
                c.validAt(clock.instant()))).toList();
    }

    /** The signed-in holder's certificate as a PDF in this language; empty when it is not theirs. */
    @Transactional
    public Optional<byte[]> pdf(long certificateId, Locale locale) {
        long me = actor.require().accountId();
        return repository.certificate(certificateId, me).map(c -> {
            audit.record(actor.get().did("CERTIFICATE_DOWNLOADED", "training_certificate", c.id(), null, null));
            return sheets.render(c, locale);
        });
    }
}
