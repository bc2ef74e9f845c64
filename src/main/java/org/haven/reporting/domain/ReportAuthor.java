package org.haven.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who wrote a report, as far as they chose to say: an anonymous report keeps no name, no class and no account,
 * even when some were typed or the author was signed in. Columns of {@code report}.
 */
@Embeddable
public class ReportAuthor {

    @Column(nullable = false)
    private boolean anonymous;

    @Column(name = "reporter_name", length = 100)
    private String reporterName;

    @Column(name = "reporter_class", length = 40)
    private String reporterClass;

    @Column(name = "reporter_account_id")
    private Long reporterAccountId;

    protected ReportAuthor() {
    }

    ReportAuthor(ValidReport r, Long accountId) {
        this.anonymous = r.anonymous();
        this.reporterName = r.anonymous() ? null : r.reporterName();
        this.reporterClass = r.anonymous() ? null : r.reporterClass();
        this.reporterAccountId = r.anonymous() ? null : accountId;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public String reporterName() {
        return reporterName;
    }

    public String reporterClass() {
        return reporterClass;
    }
}
