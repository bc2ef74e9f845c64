package org.haven.safeguarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.security.Role;
import org.haven.audit.application.CurrentActor;
import org.haven.safeguarding.domain.Referral;
import org.haven.safeguarding.domain.ReferralStatus;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Referrals waiting on the school or on the outside body (issue 23, the staff home's work queue): drafts to send,
 * sent ones not acknowledged, acknowledged ones not answered, the most pressing deadline first. Only referrals of
 * cases of the schools where the account is a referent or the head are read: the scope is in the query, which joins
 * the case's row for its school and number. That join reads the cases feature's table from here, against the rule
 * that features meet through services, because the alternative (listing every active case id of the schools through
 * CaseGate, then their referrals) reads a school's whole case list to show fifteen lines. Audited once.
 */
@ApplicationScoped
public class ReferralQueue {

    public static final int LINES = 15;

    static final Set<ReferralStatus> WAITING = EnumSet.of(ReferralStatus.DRAFT, ReferralStatus.SENT,
            ReferralStatus.ACKNOWLEDGED);

    public record Line(long referralId, long caseId, String caseNumber, String schoolName, String kind, String status,
                       Instant dueAt, boolean overdue) {
    }

    public record Queue(List<Line> lines, long count) {
    }

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @Inject
    SchoolAdministration schools;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    java.time.Clock clock;

    @Transactional
    public Queue mine() {
        Set<Long> scope = actor.require().schoolsWhere(Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL);
        if (scope.isEmpty()) {
            return new Queue(List.of(), 0);
        }
        Instant now = clock.instant();
        Map<Long, String> schoolNames = new HashMap<>();
        List<Line> lines = em.createQuery("SELECT r, c.number, c.schoolId FROM Referral r, CaseFile c"
                        + " WHERE c.id = r.caseId AND c.schoolId IN :s AND r.status IN :waiting"
                        + " ORDER BY r.dueAt, r.id", Object[].class)
                .setParameter("s", scope).setParameter("waiting", WAITING).setMaxResults(LINES).getResultList()
                .stream().map(row -> line((Referral) row[0], (String) row[1], (Long) row[2], now, schoolNames))
                .toList();
        long count = em.createQuery("SELECT COUNT(r) FROM Referral r, CaseFile c"
                        + " WHERE c.id = r.caseId AND c.schoolId IN :s AND r.status IN :waiting", Long.class)
                .setParameter("s", scope).setParameter("waiting", WAITING).getSingleResult();
        audit.record(actor.get().did("REFERRAL_LIST_VIEWED", "case", null, null, "work queue: " + lines.size()
                + " rows"));
        return new Queue(lines, count);
    }

    private Line line(Referral r, String number, long schoolId, Instant now, Map<Long, String> schoolNames) {
        String school = schoolNames.computeIfAbsent(schoolId, id -> schools.byId(id).map(SchoolView::name).orElse(""));
        return new Line(r.id(), r.caseId(), number, school, r.kind().name(), r.status().name(), r.dueAt(),
                r.dueAt() != null && r.dueAt().isBefore(now));
    }
}
