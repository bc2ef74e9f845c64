package org.haven.signin.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.haven.signin.domain.RecoveryCode;
import org.haven.signin.domain.SecondFactorRepository;
import org.haven.signin.domain.TotpEnrolment;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSecondFactorRepository implements SecondFactorRepository {

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Override
    public Optional<TotpEnrolment> enrolment(long accountId) {
        return Optional.ofNullable(em.find(TotpEnrolment.class, accountId));
    }

    @Override
    public Optional<TotpEnrolment> enrolmentForUpdate(long accountId) {
        return Optional.ofNullable(em.find(TotpEnrolment.class, accountId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(TotpEnrolment enrolment) {
        em.persist(enrolment);
    }

    @Override
    public void remove(TotpEnrolment enrolment) {
        em.remove(enrolment);
        em.createQuery("DELETE FROM RecoveryCode c WHERE c.accountId = :a")
                .setParameter("a", enrolment.accountId()).executeUpdate();
    }

    @Override
    public Optional<RecoveryCode> unusedRecoveryCode(long accountId, String hash) {
        return em.createQuery("SELECT c FROM RecoveryCode c WHERE c.accountId = :a AND c.codeHash = :h"
                        + " AND c.usedAt IS NULL", RecoveryCode.class)
                .setParameter("a", accountId).setParameter("h", hash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public void replaceRecoveryCodes(long accountId, List<String> hashes) {
        em.createQuery("DELETE FROM RecoveryCode c WHERE c.accountId = :a").setParameter("a", accountId)
                .executeUpdate();
        hashes.forEach(h -> em.persist(new RecoveryCode(accountId, h)));
    }

    @Override
    public long unusedRecoveryCodes(long accountId) {
        return em.createQuery("SELECT COUNT(c) FROM RecoveryCode c WHERE c.accountId = :a AND c.usedAt IS NULL",
                Long.class).setParameter("a", accountId).getSingleResult();
    }
}
