package org.haven.signin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.AuditRecord;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.SignInPolicy;
import org.haven.signin.domain.RecoveryCode;
import org.haven.signin.domain.RecoveryCodes;
import org.haven.signin.domain.SecondFactorRepository;
import org.haven.signin.domain.Totp;
import org.haven.signin.domain.TotpEnrolment;
import org.haven.signin.infrastructure.SecretSeal;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The TOTP second factor of staff accounts: who must enrol or give a code, and the check at sign-in (web and API);
 * enrolment and removal are {@link SecondFactorEnrolment}'s. Whether it is required
 * is configuration: haven.totp.required (default: on, except in demo mode) for the roles of haven.totp.roles.
 * An account that enrolled is always asked for a code, required or not. Every step is audited; a failed check is
 * audited too and returns false rather than throwing, so that its audit entry commits.
 */
@ApplicationScoped
public class SecondFactor implements SignInPolicy {

    public static final String PASSED = "SECOND_FACTOR_PASSED";
    public static final String FAILED = "SECOND_FACTOR_FAILED";
    public static final String RECOVERY_USED = "SECOND_FACTOR_RECOVERY_CODE_USED";
    public static final String PASSWORD_REFUSED = "LOGIN_PASSWORD_REFUSED";

    @Inject
    SecondFactorRepository repository;

    @Inject
    SecretSeal seal;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "haven.totp.required")
    Optional<Boolean> requiredSetting;

    @Inject
    @ConfigProperty(name = "haven.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "haven.totp.roles", defaultValue = "referent,head_of_school,district_lead,district_admin")
    String requiredRoles;

    @Inject
    OidcSettings oidc;

    /** False for an account of a role that signs in through the provider only; such a refusal is audited. */
    @Override
    public boolean passwordAllowed(HavenPrincipal principal) {
        boolean allowed = principal.roles().stream().noneMatch(oidc.passwordDisabledRoles()::contains);
        if (!allowed) {
            audit.recordRefusal(record(principal, PASSWORD_REFUSED, "provider only"));
        }
        return allowed;
    }

    /** Whether the district requires a second factor (on by default outside demo mode). */
    public boolean required() {
        return requiredSetting.orElse(!demo);
    }

    public boolean requiredFor(HavenPrincipal principal) {
        Set<String> roles = Arrays.stream(requiredRoles.split(",")).map(String::strip).collect(Collectors.toSet());
        return required() && principal.roles().stream().anyMatch(roles::contains);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Need need(HavenPrincipal principal) {
        if (isEnrolled(principal.accountId())) {
            return Need.CODE;
        }
        return requiredFor(principal) ? Need.ENROL : Need.NONE;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isEnrolled(long accountId) {
        return repository.enrolment(accountId).filter(TotpEnrolment::isConfirmed).isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long recoveryCodesLeft(long accountId) {
        return repository.unusedRecoveryCodes(accountId);
    }

    /**
     * Checks a code at sign-in: a TOTP code of a step not used before, or an unused recovery code (then spent).
     * False for anything else, audited either way.
     */
    @Transactional
    public boolean verify(long accountId, String username, String code, String channel) {
        Optional<TotpEnrolment> enrolment = repository.enrolmentForUpdate(accountId).filter(TotpEnrolment::isConfirmed);
        if (enrolment.isEmpty() || code == null || code.length() > 40) {
            audit.record(new AuditRecord(accountId, username, null, FAILED, "account", String.valueOf(accountId), null, channel));
            return false;
        }
        if (RecoveryCodes.looksLikeOne(code)) {
            Optional<RecoveryCode> recovery = repository.unusedRecoveryCode(accountId, RecoveryCodes.hash(accountId, code));
            recovery.ifPresent(r -> r.use(clock.instant()));
            audit.record(new AuditRecord(accountId, username, null, recovery.isPresent() ? RECOVERY_USED : FAILED,
                    "account", String.valueOf(accountId), null, channel));
            return recovery.isPresent();
        }
        TotpEnrolment e = enrolment.get();
        OptionalLong step = Totp.match(seal.open(accountId, e.secretSealed()), code, clock.instant(), e.lastStep());
        step.ifPresent(s -> e.accept(s, clock.instant()));
        audit.record(new AuditRecord(accountId, username, null, step.isPresent() ? PASSED : FAILED, "account",
                String.valueOf(accountId), null, channel));
        return step.isPresent();
    }

    static AuditRecord record(HavenPrincipal p, String action, String detail) {
        return new AuditRecord(p.accountId(), p.username(), p.primaryRole(), action, "account",
                String.valueOf(p.accountId()), null, detail);
    }
}
