package org.haven.linking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.haven.linking.domain.LinkingRepository;
import org.haven.linking.domain.RelatedDismissal;
import org.haven.linking.domain.ReportSignal;
import org.haven.linking.domain.Signal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaLinkingRepository implements LinkingRepository {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public void add(ReportSignal signal) {
        em.persist(signal);
    }

    @Override
    public void add(RelatedDismissal dismissal) {
        em.persist(dismissal);
        em.flush();
    }

    @Override
    public List<ReportSignal> signalsOf(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM ReportSignal s WHERE s.reportId IN :r ORDER BY s.id", ReportSignal.class)
                .setParameter("r", reportIds).getResultList();
    }

    @Override
    public List<ReportSignal> sharing(Collection<Signal> signals, Collection<Long> notReports,
                                      Collection<Long> schools, int limit) {
        if (signals.isEmpty() || (schools != null && schools.isEmpty())) {
            return List.of();
        }
        Map<Signal.Kind, List<String>> byKind = signals.stream().collect(Collectors.groupingBy(Signal::kind,
                () -> new EnumMap<>(Signal.Kind.class), Collectors.mapping(Signal::value, Collectors.toList())));
        List<String> ors = new ArrayList<>();
        byKind.keySet().forEach(k -> ors.add("(s.kind = :k_" + k.name() + " AND s.value IN :v_" + k.name() + ")"));
        String jpql = "SELECT s FROM ReportSignal s WHERE (" + String.join(" OR ", ors) + ")"
                + (notReports.isEmpty() ? "" : " AND s.reportId NOT IN :mine")
                + (schools == null ? "" : " AND s.schoolId IN :schools") + " ORDER BY s.reportId DESC";
        TypedQuery<ReportSignal> q = em.createQuery(jpql, ReportSignal.class).setMaxResults(limit);
        byKind.forEach((k, values) -> q.setParameter("k_" + k.name(), k).setParameter("v_" + k.name(), values));
        if (!notReports.isEmpty()) {
            q.setParameter("mine", notReports);
        }
        if (schools != null) {
            q.setParameter("schools", schools);
        }
        return q.getResultList();
    }

    @Override
    public List<Long> dismissedWith(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        List<Long> out = new ArrayList<>();
        em.createQuery("SELECT d FROM RelatedDismissal d WHERE d.reportId IN :r OR d.relatedId IN :r",
                        RelatedDismissal.class).setParameter("r", reportIds).getResultList()
                .forEach(d -> reportIds.stream().filter(d::involves).map(d::other)
                        .filter(other -> !reportIds.contains(other)).forEach(out::add));
        return out;
    }

    @Override
    public boolean dismissed(long a, long b) {
        return em.createQuery("SELECT COUNT(d) FROM RelatedDismissal d WHERE d.reportId = :a AND d.relatedId = :b",
                        Long.class).setParameter("a", Math.min(a, b)).setParameter("b", Math.max(a, b))
                .getSingleResult() > 0;
    }

    @Override
    public long[] lockBackfill() {
        List<?> rows = em.createNativeQuery("SELECT done_through, upto FROM signal_backfill WHERE id = 1"
                + " FOR UPDATE SKIP LOCKED").getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.getFirst();
        return new long[]{((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    @Override
    public void backfilledThrough(long reportId) {
        em.createNativeQuery("UPDATE signal_backfill SET done_through = ? WHERE id = 1").setParameter(1, reportId)
                .executeUpdate();
    }

    @Override
    public List<CrossMatch> acrossSchools(java.time.Instant since, int limit) {
        List<?> rows = em.createNativeQuery("SELECT a.report_id, a.school_id, b.report_id, b.school_id, b.kind,"
                        + " b.value FROM report_signal b JOIN report_signal a ON a.kind = b.kind AND a.value = b.value"
                        + " AND a.school_id <> b.school_id AND a.report_id < b.report_id"
                        + " WHERE b.received_at >= ? AND b.kind IN ('HANDLE', 'PHONE', 'URL')"
                        + " ORDER BY b.report_id DESC, a.report_id DESC LIMIT ?")
                .setParameter(1, since).setParameter(2, limit).getResultList();
        List<CrossMatch> out = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.add(new CrossMatch(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                    new Signal(Signal.Kind.valueOf((String) r[4]), (String) r[5])));
        }
        return out;
    }
}
