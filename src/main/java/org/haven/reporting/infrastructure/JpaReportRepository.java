package org.haven.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.reporting.domain.InboxCursor;
import org.haven.reporting.domain.Report;
import org.haven.reporting.domain.ReportLink;
import org.haven.reporting.domain.ReportMessage;
import org.haven.reporting.domain.ReportRepository;
import org.haven.reporting.domain.ReportStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public Report add(Report report) {
        em.persist(report);
        em.flush();
        return report;
    }

    @Override
    public Optional<Report> byReceiptLookup(String lookup) {
        return em.createQuery("SELECT r FROM Report r WHERE r.receiptLookup = :l", Report.class)
                .setParameter("l", lookup).getResultStream().findFirst();
    }

    @Override
    public Optional<Report> byId(long id) {
        return Optional.ofNullable(em.find(Report.class, id));
    }

    @Override
    public Optional<Report> inSchools(long id, Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT r FROM Report r WHERE r.id = :id AND r.schoolId IN :schools", Report.class)
                .setParameter("id", id).setParameter("schools", schoolIds).getResultStream().findFirst();
    }

    private static final String RANK =
            "(CASE WHEN r.urgent = TRUE AND r.urgentAcknowledgedAt IS NULL THEN 0 ELSE 1 END)";

    @Override
    public List<Report> inbox(Collection<Long> schoolIds, InboxCursor after, int limit) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        String keyset = after == null ? "" : " AND (" + RANK + " > :rank OR (" + RANK + " = :rank AND"
                + " (r.lastActivityAt < :at OR (r.lastActivityAt = :at AND r.id < :id))))";
        var query = em.createQuery("SELECT r FROM Report r WHERE r.schoolId IN :schools" + keyset
                        + " ORDER BY " + RANK + ", r.lastActivityAt DESC, r.id DESC", Report.class)
                .setParameter("schools", schoolIds).setMaxResults(limit + 1);
        if (after != null) {
            query.setParameter("rank", after.rank()).setParameter("at", after.lastActivityAt())
                    .setParameter("id", after.id());
        }
        return query.getResultList();
    }

    @Override
    public List<Report> newest(Collection<Long> schoolIds, Instant afterAt, Long afterId, int limit) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        String keyset = afterAt == null ? ""
                : " AND (r.createdAt < :at OR (r.createdAt = :at AND r.id < :id))";
        var query = em.createQuery("SELECT r FROM Report r WHERE r.schoolId IN :schools" + keyset
                        + " ORDER BY r.createdAt DESC, r.id DESC", Report.class)
                .setParameter("schools", schoolIds).setMaxResults(limit + 1);
        if (afterAt != null) {
            query.setParameter("at", afterAt).setParameter("id", afterId);
        }
        return query.getResultList();
    }

    @Override
    public List<Report> idsBetween(long after, long upto, int limit) {
        return em.createQuery("SELECT r FROM Report r WHERE r.id > :a AND r.id <= :u ORDER BY r.id", Report.class)
                .setParameter("a", after).setParameter("u", upto).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Report> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM Report r WHERE r.id IN :ids", Report.class).setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public long awaitingAcknowledgement(Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(r) FROM Report r WHERE r.schoolId IN :schools AND r.urgent = TRUE"
                        + " AND r.urgentAcknowledgedAt IS NULL", Long.class)
                .setParameter("schools", schoolIds).getSingleResult();
    }

    @Override
    public List<Report> closedBefore(Instant limit, int max) {
        return em.createQuery("SELECT r FROM Report r WHERE r.status = :closed AND r.lastActivityAt < :limit"
                        + " ORDER BY r.lastActivityAt, r.id", Report.class)
                .setParameter("closed", ReportStatus.CLOSED).setParameter("limit", limit).setMaxResults(max)
                .getResultList();
    }

    @Override
    public void add(ReportMessage message) {
        em.persist(message);
    }

    @Override
    public void add(ReportLink link) {
        em.persist(link);
    }

    @Override
    public List<ReportMessage> messages(long reportId) {
        return em.createQuery("SELECT m FROM ReportMessage m WHERE m.reportId = :r ORDER BY m.id", ReportMessage.class)
                .setParameter("r", reportId).getResultList();
    }

    @Override
    public List<ReportLink> links(long reportId) {
        return em.createQuery("SELECT l FROM ReportLink l WHERE l.reportId = :r ORDER BY l.id", ReportLink.class)
                .setParameter("r", reportId).getResultList();
    }

    @Override
    public List<Report> awaitingAcknowledgementList(Collection<Long> schoolIds, int limit) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM Report r WHERE r.schoolId IN :schools AND r.urgent = TRUE"
                        + " AND r.urgentAcknowledgedAt IS NULL ORDER BY r.createdAt, r.id", Report.class)
                .setParameter("schools", schoolIds).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Report> unreadByStaff(Collection<Long> schoolIds, int limit) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM Report r WHERE r.schoolId IN :schools AND r.staffUnread = TRUE"
                        + " AND (r.urgent = FALSE OR r.urgentAcknowledgedAt IS NOT NULL)"
                        + " ORDER BY r.lastActivityAt DESC, r.id DESC", Report.class)
                .setParameter("schools", schoolIds).setMaxResults(limit).getResultList();
    }

    @Override
    public long unreadByStaffCount(Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(r) FROM Report r WHERE r.schoolId IN :schools AND r.staffUnread = TRUE"
                + " AND (r.urgent = FALSE OR r.urgentAcknowledgedAt IS NOT NULL)", Long.class)
                .setParameter("schools", schoolIds).getSingleResult();
    }

    @Override
    public Set<Long> withReporterMessages(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT DISTINCT m.reportId FROM ReportMessage m"
                        + " WHERE m.reportId IN :r AND m.fromReporter = TRUE", Long.class)
                .setParameter("r", reportIds).getResultList());
    }
}
