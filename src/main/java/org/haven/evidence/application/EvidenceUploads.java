package org.haven.evidence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.evidence.domain.EvidenceReceipt;
import org.haven.evidence.domain.EvidenceUpload;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal;

import java.io.IOException;
import java.util.Optional;

/**
 * One uploaded file a request, all or nothing: the file and the check that no second file follows share one
 * transaction, so a refused or broken body (a malformed one included) stores nothing.
 */
@ApplicationScoped
public class EvidenceUploads {

    @Inject
    ReporterEvidence reporters;

    @Inject
    StaffEvidence staff;

    /** The reporter's upload: plain fields are skipped, the one file must come in field {@code file}. */
    @Transactional(rollbackOn = IOException.class)
    public EvidenceReceipt fromReporter(long reportId, IncomingParts parts) throws IOException {
        EvidenceReceipt stored = null;
        Optional<IncomingParts.Part> next;
        while ((next = parts.next()).isPresent()) {
            IncomingParts.Part part = next.get();
            if (part.file() == null) {
                continue;
            }
            if (stored != null || !part.field().equals("file")) {
                throw oneFile();
            }
            stored = reporters.addEvidence(reportId, part.file());
        }
        if (stored == null) {
            throw oneFile();
        }
        return stored;
    }

    /** The evidence panel's form: its file, then nothing more. */
    @Transactional(rollbackOn = IOException.class)
    public EvidenceReceipt fromPanel(EvidenceOwner.Kind kind, long ownerId, EvidenceUpload file, String description,
                                     IncomingParts rest) throws IOException {
        EvidenceReceipt stored = staff.add(kind, ownerId, file, description);
        if (rest.next().isPresent()) {
            throw oneFile();
        }
        return stored;
    }

    private static Refusal oneFile() {
        return Invalid.of("file", "evidence.oneFile");
    }
}
