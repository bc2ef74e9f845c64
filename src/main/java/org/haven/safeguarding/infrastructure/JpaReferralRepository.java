package org.haven.safeguarding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.safeguarding.domain.DocumentSummary;
import org.haven.safeguarding.domain.QueuedReferral;
import org.haven.safeguarding.domain.Referral;
import org.haven.safeguarding.domain.ReferralDocument;
import org.haven.safeguarding.domain.ReferralKind;
import org.haven.safeguarding.domain.ReferralRepository;
import org.haven.safeguarding.domain.ReferralStatus;
import org.haven.safeguarding.domain.ReferralTransition;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Referrals in JPA. The work queue's query joins the case's row for its school and number: that reads the cases
 * feature's table from here, because the alternative (every active case id of the schools through CaseGate, then
 * their referrals) reads a school's whole case list to show fifteen lines.
 */
@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {

    private static final List<ReferralStatus> FINISHED = List.of(ReferralStatus.REJECTED, ReferralStatus.DONE,
            ReferralStatus.REVOKED);

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Override
    public Referral add(Referral r) {
        em.persist(r);
        em.flush();
        return r;
    }

    @Override
    public void addTransition(ReferralTransition t) {
        em.persist(t);
    }

    @Override
    public ReferralDocument addDocument(ReferralDocument d) {
        em.persist(d);
        em.flush();
        return d;
    }

    @Override
    public Optional<Referral> byId(long referralId) {
        return Optional.ofNullable(em.find(Referral.class, referralId));
    }

    @Override
    public List<Referral> ofCase(long caseId) {
        return em.createQuery("SELECT r FROM Referral r WHERE r.caseId = :c ORDER BY r.id", Referral.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public boolean underWay(long caseId, ReferralKind kind) {
        return em.createQuery("SELECT COUNT(r) FROM Referral r WHERE r.caseId = :c AND r.kind = :k"
                        + " AND r.status NOT IN :finished", Long.class).setParameter("c", caseId)
                .setParameter("k", kind).setParameter("finished", FINISHED).getSingleResult() > 0;
    }

    @Override
    public List<Referral> lateNotReminded(Instant now, int max) {
        return em.createQuery("SELECT r FROM Referral r WHERE r.remindedAt IS NULL AND r.dueAt < :now"
                        + " AND r.status NOT IN :finished ORDER BY r.dueAt, r.id", Referral.class)
                .setParameter("now", now).setParameter("finished", FINISHED).setMaxResults(max).getResultList();
    }

    @Override
    public List<ReferralTransition> transitions(long referralId) {
        return em.createQuery("SELECT t FROM ReferralTransition t WHERE t.referralId = :r ORDER BY t.id",
                ReferralTransition.class).setParameter("r", referralId).getResultList();
    }

    @Override
    public List<DocumentSummary> documents(long referralId) {
        return em.createQuery("SELECT NEW org.haven.safeguarding.domain.DocumentSummary(d.id, d.fileName, d.sha256,"
                        + " d.size, d.createdAt) FROM ReferralDocument d WHERE d.referralId = :r ORDER BY d.id",
                DocumentSummary.class).setParameter("r", referralId).getResultList();
    }

    @Override
    public Optional<ReferralDocument> document(long referralId, long documentId) {
        return Optional.ofNullable(em.find(ReferralDocument.class, documentId))
                .filter(d -> d.referralId() == referralId);
    }

    @Override
    public List<QueuedReferral> waitingInSchools(Set<Long> schoolIds, Collection<ReferralStatus> statuses,
                                                 int limit) {
        return em.createQuery("SELECT r, c.number, c.schoolId FROM Referral r, CaseFile c"
                        + " WHERE c.id = r.caseId AND c.schoolId IN :s AND r.status IN :waiting"
                        + " ORDER BY r.dueAt, r.id", Object[].class)
                .setParameter("s", schoolIds).setParameter("waiting", statuses).setMaxResults(limit).getResultList()
                .stream().map(row -> new QueuedReferral((Referral) row[0], (String) row[1], (Long) row[2])).toList();
    }

    @Override
    public long waitingCount(Set<Long> schoolIds, Collection<ReferralStatus> statuses) {
        return em.createQuery("SELECT COUNT(r) FROM Referral r, CaseFile c"
                        + " WHERE c.id = r.caseId AND c.schoolId IN :s AND r.status IN :waiting", Long.class)
                .setParameter("s", schoolIds).setParameter("waiting", statuses).getSingleResult();
    }
}
