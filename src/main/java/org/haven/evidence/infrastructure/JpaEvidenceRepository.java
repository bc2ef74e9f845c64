package org.haven.evidence.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.haven.evidence.domain.CustodyEntry;
import org.haven.evidence.domain.EvidenceChunk;
import org.haven.evidence.domain.EvidenceFile;
import org.haven.evidence.domain.EvidenceLink;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.evidence.domain.EvidenceRepository;
import org.haven.evidence.domain.TakedownRequest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public EvidenceFile add(EvidenceFile file) {
        em.persist(file);
        em.flush();
        return file;
    }

    @Override
    public void addChunk(long fileId, int seq, byte[] sealed) {
        EvidenceChunk chunk = new EvidenceChunk(fileId, seq, sealed);
        em.persist(chunk);
        em.flush();
        em.detach(chunk);
    }

    @Override
    public Optional<byte[]> chunk(long fileId, int seq) {
        // A native query: the bytes as stored, without keeping a 1 MiB entity in the persistence context.
        List<?> rows = em.createNativeQuery("SELECT data FROM evidence_chunk WHERE evidence_id = ? AND seq = ?")
                .setParameter(1, fileId).setParameter(2, seq).getResultList();
        return rows.stream().findFirst().map(byte[].class::cast);
    }

    @Override
    public Optional<EvidenceChunk> chunkForUpdate(long fileId, int seq) {
        return em.createQuery("SELECT c FROM EvidenceChunk c WHERE c.evidenceId = :f AND c.seq = :s",
                        EvidenceChunk.class).setParameter("f", fileId).setParameter("s", seq)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public long storedChunks(long fileId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM evidence_chunk WHERE evidence_id = ?")
                .setParameter(1, fileId).getSingleResult()).longValue();
    }

    @Override
    public void shredChunks(long fileId) {
        em.flush();
        em.createNativeQuery("UPDATE evidence_chunk SET data = REPEAT(X'00', LENGTH(data)) WHERE evidence_id = ?")
                .setParameter(1, fileId).executeUpdate();
        em.createNativeQuery("DELETE FROM evidence_chunk WHERE evidence_id = ?").setParameter(1, fileId)
                .executeUpdate();
    }

    @Override
    public Optional<EvidenceFile> byId(long id) {
        return Optional.ofNullable(em.find(EvidenceFile.class, id));
    }

    @Override
    public Optional<EvidenceFile> forUpdate(long id) {
        return Optional.ofNullable(em.find(EvidenceFile.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<EvidenceFile> inSchools(long id, Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT f FROM EvidenceFile f WHERE f.id = :id AND f.schoolId IN :schools"
                        + " AND f.purgedAt IS NULL", EvidenceFile.class)
                .setParameter("id", id).setParameter("schools", schoolIds).getResultStream().findFirst();
    }

    @Override
    public List<EvidenceFile> ofOwner(EvidenceOwner owner) {
        return owned("SELECT f FROM EvidenceFile f WHERE f.%s = :o ORDER BY f.id", EvidenceFile.class, owner)
                .getResultList();
    }

    @Override
    public long countOfOwner(EvidenceOwner owner) {
        return owned("SELECT COUNT(f) FROM EvidenceFile f WHERE f.%s = :o", Long.class, owner).getSingleResult();
    }

    @Override
    public List<Long> notUnderKey(String keyId, long afterId, int limit) {
        return em.createQuery("SELECT f.id FROM EvidenceFile f WHERE (f.keyId IS NULL OR f.keyId <> :k)"
                        + " AND f.purgedAt IS NULL AND f.id > :after ORDER BY f.id", Long.class)
                .setParameter("k", keyId).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Long> liveAfter(long afterId, int limit) {
        return em.createQuery("SELECT f.id FROM EvidenceFile f WHERE f.purgedAt IS NULL AND f.id > :after"
                        + " ORDER BY f.id", Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public void add(CustodyEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<CustodyEntry> custody(long evidenceId) {
        return em.createQuery("SELECT c FROM CustodyEntry c WHERE c.evidenceId = :e ORDER BY c.id", CustodyEntry.class)
                .setParameter("e", evidenceId).getResultList();
    }

    @Override
    public List<CustodyEntry> custodyOfOwner(EvidenceOwner owner) {
        return owned("SELECT c FROM CustodyEntry c, EvidenceFile f WHERE c.evidenceId = f.id AND f.%s = :o"
                + " ORDER BY c.at, c.id", CustodyEntry.class, owner).getResultList();
    }

    @Override
    public EvidenceLink add(EvidenceLink link) {
        em.persist(link);
        em.flush();
        return link;
    }

    @Override
    public List<EvidenceLink> links(EvidenceOwner owner) {
        return owned("SELECT l FROM EvidenceLink l WHERE l.%s = :o ORDER BY l.id", EvidenceLink.class, owner)
                .getResultList();
    }

    @Override
    public TakedownRequest add(TakedownRequest request) {
        em.persist(request);
        em.flush();
        return request;
    }

    @Override
    public Optional<TakedownRequest> takedown(long id, Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM TakedownRequest t WHERE t.id = :id AND t.schoolId IN :schools",
                        TakedownRequest.class)
                .setParameter("id", id).setParameter("schools", schoolIds).getResultStream().findFirst();
    }

    @Override
    public List<TakedownRequest> takedowns(EvidenceOwner owner) {
        return owned("SELECT t FROM TakedownRequest t WHERE t.%s = :o ORDER BY t.sentAt DESC, t.id DESC",
                TakedownRequest.class, owner).getResultList();
    }

    @Override
    public List<TakedownRequest> unanswered(Instant sentBefore, int limit) {
        return em.createQuery("SELECT t FROM TakedownRequest t WHERE t.status = :sent AND t.sentAt < :limit"
                        + " AND (t.lastReminderAt IS NULL OR t.lastReminderAt < :limit) ORDER BY t.id",
                        TakedownRequest.class)
                .setParameter("sent", TakedownRequest.Status.SENT).setParameter("limit", sentBefore)
                .setMaxResults(limit).getResultList();
    }

    /** A query on the owner's column (reportId or caseId: a fixed choice, never user text). */
    private <T> TypedQuery<T> owned(String jpql, Class<T> type, EvidenceOwner owner) {
        String column = owner.kind() == EvidenceOwner.Kind.REPORT ? "reportId" : "caseId";
        return em.createQuery(jpql.formatted(column), type).setParameter("o", owner.id());
    }
}
