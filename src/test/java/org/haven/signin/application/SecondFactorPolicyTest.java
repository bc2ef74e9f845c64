package org.haven.signin.application;

import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.AuditRecord;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.SignInPolicy.Need;
import org.haven.signin.domain.RecoveryCode;
import org.haven.signin.domain.SecondFactorRepository;
import org.haven.signin.domain.TotpEnrolment;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who is asked for a code, who must enrol first, who may use a password: the district's switches. */
class SecondFactorPolicyTest {

    private final Map<Long, TotpEnrolment> enrolments = new java.util.HashMap<>();
    private final List<AuditRecord> refusals = new java.util.ArrayList<>();

    private SecondFactor policy(Optional<Boolean> required, boolean demo, String passwordDisabled) {
        SecondFactor s = new SecondFactor();
        s.requiredSetting = required;
        s.demo = demo;
        s.requiredRoles = "referent,head_of_school,district_lead,district_admin";
        s.repository = new Repository();
        OidcSettings oidc = new OidcSettings();
        oidc.passwordDisabledRoles = passwordDisabled;
        s.oidc = oidc;
        s.audit = new AuditLog() {
            @Override
            public void recordRefusal(AuditRecord record) {
                refusals.add(record);
            }
        };
        return s;
    }

    private static HavenPrincipal account(long id, String role) {
        return new HavenPrincipal(id, "user" + id, "User", "fr", Map.of(role, Set.of(1L)));
    }

    @Test
    void requiredByDefaultOutsideDemoModeForTheStaffRolesOnly() {
        SecondFactor production = policy(Optional.empty(), false, " ");

        assertEquals(Need.ENROL, production.need(account(1, "referent")));
        assertEquals(Need.ENROL, production.need(account(2, "district_admin")));
        assertEquals(Need.NONE, production.need(account(3, "teacher")));
        assertEquals(Need.NONE, production.need(account(4, "student")));
    }

    @Test
    void offInDemoModeUnlessTurnedOnAndTurnedOffByConfiguration() {
        assertEquals(Need.NONE, policy(Optional.empty(), true, " ").need(account(1, "referent")));
        assertEquals(Need.ENROL, policy(Optional.of(true), true, " ").need(account(1, "referent")));
        assertEquals(Need.NONE, policy(Optional.of(false), false, " ").need(account(1, "referent")));
    }

    @Test
    void anAccountThatEnrolledIsAlwaysAskedAndAnUnconfirmedSecretAsksNothing() {
        TotpEnrolment pending = new TotpEnrolment(5, "sealed", Instant.EPOCH);
        enrolments.put(5L, pending);
        SecondFactor off = policy(Optional.of(false), false, " ");
        assertEquals(Need.NONE, off.need(account(5, "teacher")));

        pending.accept(1, Instant.EPOCH);

        assertEquals(Need.CODE, off.need(account(5, "teacher")));
    }

    @Test
    void passwordsCanBeTurnedOffPerRole() {
        SecondFactor ssoForStaff = policy(Optional.of(false), false, "teacher, referent");

        assertFalse(ssoForStaff.passwordAllowed(account(1, "referent")));
        assertFalse(ssoForStaff.passwordAllowed(account(2, "teacher")));
        assertTrue(ssoForStaff.passwordAllowed(account(3, "parent")));
        assertTrue(policy(Optional.of(false), false, " ").passwordAllowed(account(1, "referent")));
        assertEquals(List.of("LOGIN_PASSWORD_REFUSED", "LOGIN_PASSWORD_REFUSED"),
                refusals.stream().map(AuditRecord::action).toList(), "each refusal audited");
    }

    private final class Repository implements SecondFactorRepository {
        @Override
        public Optional<TotpEnrolment> enrolment(long accountId) {
            return Optional.ofNullable(enrolments.get(accountId));
        }

        @Override
        public Optional<TotpEnrolment> enrolmentForUpdate(long accountId) {
            return enrolment(accountId);
        }

        @Override
        public void add(TotpEnrolment enrolment) {
            enrolments.put(enrolment.accountId(), enrolment);
        }

        @Override
        public void remove(TotpEnrolment enrolment) {
            enrolments.remove(enrolment.accountId());
        }

        @Override
        public Optional<RecoveryCode> unusedRecoveryCode(long accountId, String hash) {
            return Optional.empty();
        }

        @Override
        public void replaceRecoveryCodes(long accountId, List<String> hashes) {
        }

        @Override
        public long unusedRecoveryCodes(long accountId) {
            return 0;
        }
    }
}
