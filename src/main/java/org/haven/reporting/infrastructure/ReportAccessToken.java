package org.haven.reporting.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A bearer token that opens one report, stored as its SHA-256. */
@Entity
@Table(name = "report_access_token")
public class ReportAccessToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ReportAccessToken() {
    }

    ReportAccessToken(String tokenHash, long reportId, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.reportId = reportId;
        this.expiresAt = expiresAt;
    }

    long reportId() {
        return reportId;
    }
}
