package org.haven.bench;

import org.haven.audit.domain.AuditCheckpoint;
import org.haven.audit.domain.AuditEntry;
import org.haven.audit.domain.AuditRecord;
import org.haven.audit.domain.AuditRepository;
import org.haven.audit.domain.AuditSeal;
import org.haven.audit.domain.ChainHead;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The read side of {@link AuditRepository} over plain JDBC, so that the benchmark can run the real
 * {@code ChainVerifier} and {@code ChainWalk} without a container. The queries are those of
 * {@code JpaAuditRepository} written in SQL; EclipseLink's own cost (entity building, the persistence context) is
 * therefore not in the figures. Rows become the real domain objects (by reflection, as the JPA provider does).
 */
final class JdbcAuditRepository implements AuditRepository {

    private final Connection c;
    private final Field entryId;
    private final Constructor<AuditSeal> sealNew;
    private final Field[] sealFields;

    JdbcAuditRepository(Connection c) throws ReflectiveOperationException {
        this.c = c;
        entryId = AuditEntry.class.getDeclaredField("id");
        entryId.setAccessible(true);
        sealNew = AuditSeal.class.getDeclaredConstructor();
        sealNew.setAccessible(true);
        sealFields = new Field[]{AuditSeal.class.getDeclaredField("seq"), AuditSeal.class.getDeclaredField("entryId"),
                AuditSeal.class.getDeclaredField("previousHash"), AuditSeal.class.getDeclaredField("hash")};
        for (Field f : sealFields) {
            f.setAccessible(true);
        }
    }

    /** Sets the id the database gave, as the JPA provider does when it reads a row. */
    AuditEntry numbered(AuditEntry e, long id) {
        try {
            entryId.set(e, id);
            return e;
        } catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public ChainHead head() {
        return query("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1",
                rs -> new ChainHead(rs.getLong(1), rs.getString(2))).getFirst();
    }

    @Override
    public List<AuditSeal> sealsAfter(long afterSeq, int limit) {
        return query("SELECT seq, entry_id, previous_hash, hash FROM audit_seal WHERE seq > " + afterSeq
                + " ORDER BY seq LIMIT " + limit, this::seal);
    }

    private AuditSeal seal(ResultSet rs) throws SQLException {
        try {
            AuditSeal s = sealNew.newInstance();
            sealFields[0].set(s, rs.getLong(1));
            sealFields[1].set(s, rs.getLong(2));
            sealFields[2].set(s, rs.getString(3));
            sealFields[3].set(s, rs.getString(4));
            return s;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<Long, AuditEntry> entries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, AuditEntry> found = new HashMap<>();
        for (AuditEntry e : query("SELECT id, occurred_at, actor_account_id, actor, actor_role, action, record_type,"
                + " record_id, school_id, detail FROM audit_entry WHERE id IN (" + in + ")", this::entry)) {
            found.put(e.id(), e);
        }
        return found;
    }

    private AuditEntry entry(ResultSet rs) throws SQLException {
        AuditRecord r = new AuditRecord(rs.getObject(3, Long.class), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, Long.class), rs.getString(10));
        return numbered(AuditEntry.of(rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), r),
                rs.getLong(1));
    }

    @Override
    public Map<Long, String> checkpoints(long fromSeq, long toSeq) {
        Map<Long, String> kept = new HashMap<>();
        query("SELECT seq, hash FROM audit_checkpoint WHERE seq BETWEEN " + fromSeq + " AND " + toSeq,
                rs -> kept.put(rs.getLong(1), rs.getString(2)));
        return kept;
    }

    @Override
    public Optional<AuditCheckpoint> lastCheckpoint() {
        return query("SELECT seq, hash, entries, sealed_at FROM audit_checkpoint ORDER BY seq DESC LIMIT 1",
                rs -> new AuditCheckpoint(new ChainHead(rs.getLong(1), rs.getString(2)), rs.getInt(3),
                        rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC))).stream().findFirst();
    }

    @Override
    public long pendingCount() {
        return query("SELECT COUNT(*) FROM audit_pending", rs -> rs.getLong(1)).getFirst();
    }

    @Override
    public Optional<Long> entryNeitherSealedNorPending() {
        return query("SELECT e.id FROM audit_entry e"
                + " WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id)"
                + " AND NOT EXISTS (SELECT 1 FROM audit_pending p WHERE p.entry_id = e.id) ORDER BY e.id LIMIT 1",
                rs -> rs.getLong(1)).stream().findFirst();
    }

    @Override
    public long entryCount() {
        return query("SELECT COUNT(*) FROM audit_entry", rs -> rs.getLong(1)).getFirst();
    }

    @Override
    public boolean pendingAlreadySealed() {
        return !query("SELECT p.entry_id FROM audit_pending p JOIN audit_seal s ON s.entry_id = p.entry_id LIMIT 1",
                rs -> rs.getLong(1)).isEmpty();
    }

    @Override
    public Optional<Long> entrySealedTwice() {
        return query("SELECT entry_id FROM audit_seal GROUP BY entry_id HAVING COUNT(*) > 1"
                + " ORDER BY entry_id LIMIT 1", rs -> rs.getLong(1)).stream().findFirst();
    }

    @Override
    public List<Long> pendingWithoutEntry(int limit) {
        return query("SELECT p.entry_id FROM audit_pending p WHERE NOT EXISTS"
                + " (SELECT 1 FROM audit_entry e WHERE e.id = p.entry_id) ORDER BY p.entry_id LIMIT " + limit,
                rs -> rs.getLong(1));
    }

    @Override
    public void forgetReadRows() {
        // Nothing is kept between queries here; the JPA adapter clears its persistence context.
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void add(AuditEntry entry) {
        throw new UnsupportedOperationException("read side only");
    }

    @Override
    public Optional<ChainHead> lockHead(boolean wait) {
        throw new UnsupportedOperationException("read side only");
    }

    @Override
    public List<AuditEntry> pending(int limit) {
        throw new UnsupportedOperationException("read side only");
    }

    @Override
    public void seal(ChainHead.Sealed sealed, AuditCheckpoint checkpoint, Collection<Long> doneEntryIds) {
        throw new UnsupportedOperationException("read side only");
    }

    @Override
    public List<AuditEntry> page(org.haven.audit.domain.AuditQuery query, Long beforeId, int limit) {
        throw new UnsupportedOperationException("read side only");
    }

    @Override
    public Map<Long, Long> sealPositions(Collection<Long> entryIds) {
        throw new UnsupportedOperationException("read side only");
    }

    @Override
    public List<AuditEntry> forRecord(String recordType, String recordId, int limit) {
        throw new UnsupportedOperationException("read side only");
    }

    @Override
    public List<AuditEntry> withAction(String action, int limit) {
        throw new UnsupportedOperationException("read side only");
    }
}
