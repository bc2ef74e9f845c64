package org.haven.evidence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.haven.evidence.domain.EvidenceChunk;
import org.haven.evidence.domain.EvidenceFile;
import org.haven.evidence.domain.EvidenceReceipt;
import org.haven.evidence.domain.EvidenceUpload;
import org.haven.evidence.domain.FileType;
import org.haven.platform.errors.InvalidInputException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Takes in evidence files for a report, inside the caller's transaction (a report and its files commit together
 * or not at all): type checked from the content, at most {@value #MAX_BYTES} bytes each and {@value #MAX_FILES}
 * per report, streamed into 1 MiB chunks while its SHA-256 is computed, never held whole in memory.
 */
@ApplicationScoped
public class EvidenceIntake {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_FILES = 10;

    @PersistenceContext(unitName = "haven")
    EntityManager em;

    @jakarta.inject.Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public EvidenceReceipt store(long reportId, EvidenceUpload upload, boolean fromReporter, String field) {
        long existing = em.createQuery("SELECT COUNT(f) FROM EvidenceFile f WHERE f.reportId = :r", Long.class)
                .setParameter("r", reportId).getSingleResult();
        if (existing >= MAX_FILES) {
            throw InvalidInputException.of(field, "evidence.tooMany", MAX_FILES);
        }
        try (BufferedInputStream in = new BufferedInputStream(upload.content(), EvidenceChunk.SIZE)) {
            in.mark(FileType.HEAD_BYTES);
            byte[] head = in.readNBytes(FileType.HEAD_BYTES);
            in.reset();
            if (head.length == 0) {
                throw InvalidInputException.of(field, "evidence.empty");
            }
            String type = FileType.detect(head, head.length)
                    .orElseThrow(() -> InvalidInputException.of(field, "evidence.type"));
            EvidenceFile file = new EvidenceFile(reportId, safeName(upload.fileName()), type, fromReporter,
                    clock.instant());
            em.persist(file);
            em.flush();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[EvidenceChunk.SIZE];
            long total = 0;
            int seq = 0;
            int n;
            while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                total += n;
                if (total > MAX_BYTES) {
                    throw InvalidInputException.of(field, "evidence.tooLarge", MAX_BYTES / (1024 * 1024));
                }
                sha.update(buffer, 0, n);
                EvidenceChunk chunk = new EvidenceChunk(file.id(), seq++, Arrays.copyOf(buffer, n));
                em.persist(chunk);
                em.flush();
                em.detach(chunk);
            }
            file.sealed(total, HexFormat.of().formatHex(sha.digest()));
            return new EvidenceReceipt(file.id(), file.fileName(), file.sha256(), total, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvidenceReceipt> ofReport(long reportId) {
        return em.createQuery("SELECT f FROM EvidenceFile f WHERE f.reportId = :r ORDER BY f.id", EvidenceFile.class)
                .setParameter("r", reportId).getResultStream()
                .map(f -> new EvidenceReceipt(f.id(), f.fileName(), f.sha256(), f.sizeBytes(), f.contentType()))
                .toList();
    }

    /** The last part of the name as given, without control characters, at most 255 characters. */
    static String safeName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.chars().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
