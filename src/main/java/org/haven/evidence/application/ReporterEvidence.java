package org.haven.evidence.application;

import org.haven.evidence.domain.EvidenceReceipt;
import org.haven.evidence.domain.EvidenceUpload;

/**
 * A file a reporter adds to their own report, as the feature that owns reports takes it (implemented there, so
 * that the one upload edge reaches it without evidence depending on reporting).
 */
public interface ReporterEvidence {

    EvidenceReceipt addEvidence(long reportId, EvidenceUpload upload);
}
