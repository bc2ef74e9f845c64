package org.haven.safeguarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.security.Role;
import org.haven.safeguarding.domain.QueuedReferral;
import org.haven.safeguarding.domain.ReferralRepository;
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
 * cases of the schools where the account is a referent or the head are read: the scope is in the repository's query
 * (which joins the case's row for its school and number). Audited once.
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

    @Inject
    ReferralRepository referrals;

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
        List<Line> lines = referrals.waitingInSchools(scope, WAITING, LINES).stream()
                .map(q -> line(q, now, schoolNames)).toList();
        long count = referrals.waitingCount(scope, WAITING);
        audit.record(actor.get().did("REFERRAL_LIST_VIEWED", "case", null, null, "work queue: " + lines.size()
                + " rows"));
        return new Queue(lines, count);
    }

    private Line line(QueuedReferral q, Instant now, Map<Long, String> schoolNames) {
        var r = q.referral();
        String school = schoolNames.computeIfAbsent(q.schoolId(),
                id -> schools.byId(id).map(SchoolView::name).orElse(""));
        return new Line(r.id(), r.caseId(), q.caseNumber(), school, r.kind().name(), r.status().name(), r.dueAt(),
                r.dueAt() != null && r.dueAt().isBefore(now));
    }
}
