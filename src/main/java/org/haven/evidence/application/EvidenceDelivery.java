package org.haven.evidence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.CurrentActor;
import org.haven.evidence.domain.CustodyAction;
import org.haven.evidence.domain.EvidenceFile;
import org.haven.evidence.infrastructure.ChunkCipher;
import org.haven.evidence.infrastructure.ImagePreviews;
import org.haven.evidence.infrastructure.SealedBlobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Serves evidence to staff in two steps: {@link #open} checks the scope, decrypts the whole blob once to verify
 * it against its SHA-256 (an altered blob raises an integrity alert, which commits, and is refused), and
 * records the view or download in the custody log; then {@link #copy} or {@link #preview} streams it, each chunk
 * checked again by its GCM tag on the way out.
 */
@ApplicationScoped
public class EvidenceDelivery {

    @Inject
    EvidenceAccess access;

    @Inject
    SealedBlobs blobs;

    @Inject
    IntegrityAlerts alerts;

    @Inject
    EvidenceCustody custody;

    @Inject
    CurrentActor actor;

    /** A file checked and logged, ready to stream; {@code intact} false: refused, an alert was raised. */
    public record Opened(EvidenceFile file, boolean intact) {
    }

    @Transactional
    public Opened open(long evidenceId, CustodyAction action, String place) {
        EvidenceFile file = access.file(evidenceId);
        SealedBlobs.Verification v = blobs.verify(file);
        if (!v.intact()) {
            alerts.raise(file, actor.get(), place, v.problem());
            return new Opened(file, false);
        }
        custody.record(file, action, actor.get(), place, null);
        return new Opened(file, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void copy(Opened opened, OutputStream out) throws IOException {
        requireIntact(opened);
        blobs.copyTo(opened.file(), out);
    }

    /** A PNG re-drawn from the picture's pixels only (no EXIF, no location), at most this wide and high. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<byte[]> preview(Opened opened, int maxSide) throws IOException {
        requireIntact(opened);
        if (!ImagePreviews.previewable(opened.file().contentType())) {
            return Optional.empty();
        }
        try (InputStream in = blobs.open(opened.file())) {
            return ImagePreviews.render(in, maxSide);
        }
    }

    /** The SHA-256 taken at upload, for showing to staff next to the file. */
    public String sha256(EvidenceFile file) {
        try {
            return HexFormat.of().formatHex(blobs.expectedDigest(file));
        } catch (ChunkCipher.TamperedException e) {
            return null;
        }
    }

    private static void requireIntact(Opened opened) {
        if (!opened.intact()) {
            throw new IllegalStateException("evidence " + opened.file().id() + " failed its integrity check");
        }
    }
}
