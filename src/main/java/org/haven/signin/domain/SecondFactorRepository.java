package org.haven.signin.domain;

import java.util.List;
import java.util.Optional;

/** Where enrolments and recovery codes are kept. */
public interface SecondFactorRepository {

    Optional<TotpEnrolment> enrolment(long accountId);

    /** The enrolment, locked for update: two sign-ins racing with one code cannot both pass. */
    Optional<TotpEnrolment> enrolmentForUpdate(long accountId);

    void add(TotpEnrolment enrolment);

    void remove(TotpEnrolment enrolment);

    /** An unused recovery code of this account with this hash, locked for update. */
    Optional<RecoveryCode> unusedRecoveryCode(long accountId, String hash);

    void replaceRecoveryCodes(long accountId, List<String> hashes);

    long unusedRecoveryCodes(long accountId);
}
