package org.haven.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.audit.application.AuditLog;
import org.haven.platform.security.SecretTokens;
import org.haven.reporting.domain.ReceiptCode;
import org.haven.reporting.domain.ReportRepository;
import org.haven.reporting.domain.ReportTokenStore;

import java.time.Clock;
import java.util.Optional;

/** Opens a report with its receipt: for the web inbox (the report's id, kept in the session) or as a token. */
@ApplicationScoped
public class ReportAccess {

    @Inject
    ReportRepository reports;

    @Inject
    ReportTokenStore tokens;

    @Inject
    ReceiptKeys keys;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "haven.reporter.token-seconds", defaultValue = "900")
    long tokenSeconds;

    /** A token for the REST API and how long it lives. */
    public record Token(String token, long expiresIn) {
    }

    /** The report a receipt opens, or empty (wrong, malformed or unknown receipt: one answer for all). */
    @Transactional
    public Optional<Long> open(String typedReceipt) {
        ReceiptCode receipt = ReceiptCode.parse(typedReceipt);
        if (receipt == null) {
            return Optional.empty();
        }
        Optional<Long> found = reports.byReceiptLookup(keys.lookup(receipt))
                .filter(r -> keys.matches(receipt, r.receiptHash()))
                .map(r -> r.id());
        found.ifPresent(id -> audit.record(ReportAuthors.REPORTER.did("REPORT_OPENED_WITH_RECEIPT", "report", id,
                reports.byId(id).map(r -> r.schoolId()).orElse(null), null)));
        return found;
    }

    @Transactional
    public Optional<Token> token(String typedReceipt) {
        return open(typedReceipt).map(reportId -> {
            String token = SecretTokens.newToken();
            tokens.add(SecretTokens.sha256(token), reportId, clock.instant().plusSeconds(tokenSeconds));
            return new Token(token, tokenSeconds);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> reportOfToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.reportOf(SecretTokens.sha256(token), clock.instant());
    }
}
