package org.haven.platform.security;

import jakarta.security.enterprise.CallerPrincipal;

import java.io.Serial;
import java.io.Serializable;

/** The author of one report, known only by the report their receipt opened: no name, no account. */
public class ReporterPrincipal extends CallerPrincipal implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String ROLE = "reporter";

    private final long reportId;

    public ReporterPrincipal(long reportId) {
        super(ROLE);
        this.reportId = reportId;
    }

    public long reportId() {
        return reportId;
    }
}
