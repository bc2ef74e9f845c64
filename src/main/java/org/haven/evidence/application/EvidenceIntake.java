package org.haven.evidence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.domain.Actor;
import org.haven.evidence.domain.ContentRules;
import org.haven.evidence.domain.CustodyAction;
import org.haven.evidence.domain.EvidenceChunk;
import org.haven.evidence.domain.EvidenceFile;
import org.haven.evidence.domain.EvidenceName;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.evidence.domain.EvidenceReceipt;
import org.haven.evidence.domain.EvidenceRepository;
import org.haven.evidence.domain.EvidenceSource;
import org.haven.evidence.domain.EvidenceUpload;
import org.haven.evidence.domain.FileType;
import org.haven.evidence.infrastructure.ChunkCipher;
import org.haven.evidence.infrastructure.SealedBlobs;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal;
import org.haven.platform.errors.TooLarge;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * Takes in evidence files inside the caller's transaction (a report and its files commit together or not at
 * all): the name checked, the type told from the content (archives and disguised or truncated files refused),
 * at most {@value #MAX_BYTES} bytes each and {@value #MAX_FILES} per report, streamed into sealed 1 MiB chunks
 * while its SHA-256 is computed, never whole in memory. Any refusal throws, so the caller's transaction rolls
 * back and nothing is stored half-way.
 */
@ApplicationScoped
public class EvidenceIntake {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_FILES = 10;
    /** A case gathers more over its life than a report at its start. */
    public static final int MAX_FILES_PER_CASE = 200;

    @Inject
    EvidenceRepository repository;

    @Inject
    SealedBlobs blobs;

    @Inject
    EvidenceCustody custody;

    @Inject
    Clock clock;

    /** Who adds a file and from where: for the custody log. */
    public record Origin(EvidenceSource source, Actor actor, String place, String description) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EvidenceReceipt store(EvidenceOwner owner, EvidenceUpload upload, Origin origin, String field) {
        int limit = owner.kind() == EvidenceOwner.Kind.REPORT ? MAX_FILES : MAX_FILES_PER_CASE;
        if (repository.countOfOwner(owner) >= limit) {
            throw Invalid.of(field, "evidence.tooMany", limit);
        }
        String name = EvidenceName.check(upload.fileName(), field);
        try (BufferedInputStream in = new BufferedInputStream(new Limited(upload.content(), field),
                EvidenceChunk.SIZE)) {
            in.mark(FileType.HEAD_BYTES);
            byte[] head = in.readNBytes(FileType.HEAD_BYTES);
            in.reset();
            String type = typeOf(head, upload, name, field);
            EvidenceFile file = repository.add(new EvidenceFile(owner, name, type, origin.source(),
                    origin.actor().name(), origin.actor().accountId(), origin.description(), clock.instant()));
            SealedBlobs.Written written = blobs.write(file.id(), in);
            if (ContentRules.truncated(type, written.tail())) {
                throw Invalid.of(field, "evidence.truncated");
            }
            file.sealed(written.size(), written.chunks(), written.sealedSha256(), written.keyId());
            custody.record(file, CustodyAction.ADDED, origin.actor(), origin.place(), type);
            return new EvidenceReceipt(file.id(), name, written.sha256Hex(), written.size(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many files were ever received for this owner (purged ones included): no decryption, one count query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(EvidenceOwner owner) {
        return repository.countOfOwner(owner);
    }

    /** What was received for this owner (live files), with each file's SHA-256 as taken at upload. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvidenceReceipt> receipts(EvidenceOwner owner) {
        return repository.ofOwner(owner).stream().filter(f -> f.purgedAt() == null)
                .map(f -> new EvidenceReceipt(f.id(), f.fileName(), digest(f), f.sizeBytes(), f.contentType()))
                .toList();
    }

    private String digest(EvidenceFile f) {
        try {
            return HexFormat.of().formatHex(blobs.expectedDigest(f));
        } catch (ChunkCipher.TamperedException e) {
            return null;
        }
    }

    static String typeOf(byte[] head, EvidenceUpload upload, String name, String field) {
        if (head.length == 0) {
            throw Invalid.of(field, "evidence.empty");
        }
        if (ContentRules.archive(head).isPresent()) {
            throw Invalid.of(field, "evidence.archive");
        }
        String type = FileType.detect(head, head.length)
                .orElseThrow(() -> Invalid.of(field, "evidence.type"));
        if (ContentRules.disguised(upload.declaredType(), name, type) || ContentRules.executableName(name)
                || ContentRules.mixed(type, head)) {
            throw Invalid.of(field, "evidence.disguised");
        }
        return type;
    }

    /** Refuses (413, on the field) as soon as more than {@link #MAX_BYTES} have been read. */
    private static final class Limited extends FilterInputStream {
        private final String field;
        private long count;

        Limited(InputStream in, String field) {
            super(in);
            this.field = field;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > MAX_BYTES) {
                throw new TooLarge(List.of(new Refusal.FieldError(field,
                        "evidence.tooLarge", MAX_BYTES / (1024 * 1024))));
            }
        }
    }
}
