package org.haven.surveys.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.surveys.domain.SurveyCampaign;
import org.haven.surveys.domain.SurveyGroup;
import org.haven.surveys.domain.SurveyRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSurveyRepository implements SurveyRepository {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public <T> T add(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    @Override
    public Optional<SurveyCampaign> campaign(long id) {
        return Optional.ofNullable(em.find(SurveyCampaign.class, id));
    }

    @Override
    public List<SurveyCampaign> campaignsOf(Collection<Long> schoolIds) {
        if (schoolIds != null && schoolIds.isEmpty()) {
            return List.of();
        }
        String where = schoolIds == null ? "" : " WHERE c.schoolId IN :schools";
        var q = em.createQuery("SELECT c FROM SurveyCampaign c" + where + " ORDER BY c.opensOn DESC, c.id DESC",
                SurveyCampaign.class).setMaxResults(200);
        if (schoolIds != null) {
            q.setParameter("schools", schoolIds);
        }
        return q.getResultList();
    }

    @Override
    public Optional<SurveyCampaign> previous(SurveyCampaign c) {
        return em.createQuery("SELECT p FROM SurveyCampaign p WHERE p.schoolId = :school AND p.surveyId = :survey"
                        + " AND p.id <> :id AND (p.opensOn < :opens OR (p.opensOn = :opens AND p.id < :id))"
                        + " ORDER BY p.opensOn DESC, p.id DESC", SurveyCampaign.class)
                .setParameter("school", c.schoolId()).setParameter("survey", c.surveyId())
                .setParameter("id", c.id()).setParameter("opens", c.opensOn())
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<SurveyGroup> groups(long campaignId) {
        return em.createQuery("SELECT g FROM SurveyGroup g WHERE g.campaignId = :c ORDER BY g.id", SurveyGroup.class)
                .setParameter("c", campaignId).getResultList();
    }

    @Override
    public Optional<SurveyGroup> groupByCode(String code) {
        return em.createQuery("SELECT g FROM SurveyGroup g WHERE g.accessCode = :code", SurveyGroup.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public boolean codeTaken(String code) {
        return groupByCode(code).isPresent();
    }

    @Override
    public List<AnswerCount> responsesPerGroup(long campaignId) {
        List<Object[]> rows = em.createQuery("SELECT r.groupId, COUNT(r) FROM SurveyResponse r"
                + " WHERE r.campaignId = :c GROUP BY r.groupId", Object[].class).setParameter("c", campaignId)
                .getResultList();
        return rows.stream().map(r -> new AnswerCount((Long) r[0], "", "", ((Number) r[1]).longValue())).toList();
    }

    @Override
    public List<AnswerCount> answerCounts(long campaignId) {
        List<Object[]> rows = em.createQuery("SELECT r.groupId, a.questionId, a.value, COUNT(a)"
                        + " FROM SurveyAnswer a, SurveyResponse r WHERE a.responseId = r.id AND r.campaignId = :c"
                        + " AND a.value IS NOT NULL GROUP BY r.groupId, a.questionId, a.value", Object[].class)
                .setParameter("c", campaignId).getResultList();
        return rows.stream().map(r -> new AnswerCount((Long) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue())).toList();
    }

    @Override
    public List<String> texts(long campaignId, String questionId) {
        return em.createQuery("SELECT a.text FROM SurveyAnswer a, SurveyResponse r WHERE a.responseId = r.id"
                        + " AND r.campaignId = :c AND a.questionId = :q AND a.text IS NOT NULL ORDER BY a.text",
                String.class).setParameter("c", campaignId).setParameter("q", questionId).setMaxResults(500)
                .getResultList();
    }

    @Override
    public long responses(long campaignId) {
        return em.createQuery("SELECT COUNT(r) FROM SurveyResponse r WHERE r.campaignId = :c", Long.class)
                .setParameter("c", campaignId).getSingleResult();
    }
}
