package org.haven.linking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Staff said two reports are not related: the pair (lower id first) is not suggested again. */
@Entity
@Table(name = "related_dismissal")
public class RelatedDismissal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "related_id", nullable = false)
    private Long relatedId;

    @Column(name = "dismissed_by")
    private Long dismissedBy;

    @Column(name = "dismissed_at", nullable = false)
    private Instant dismissedAt;

    protected RelatedDismissal() {
    }

    public RelatedDismissal(long a, long b, Long dismissedBy, Instant dismissedAt) {
        this.reportId = Math.min(a, b);
        this.relatedId = Math.max(a, b);
        this.dismissedBy = dismissedBy;
        this.dismissedAt = dismissedAt;
    }

    public boolean involves(long id) {
        return reportId == id || relatedId == id;
    }

    /** The other report of the pair. */
    public long other(long reportId) {
        return this.reportId == reportId ? relatedId : this.reportId;
    }
}
