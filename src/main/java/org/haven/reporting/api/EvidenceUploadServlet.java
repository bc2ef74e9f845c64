package org.haven.reporting.api;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import org.haven.platform.api.RefusalStatus;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal;
import org.haven.evidence.domain.EvidenceReceipt;
import org.haven.evidence.domain.EvidenceUpload;
import org.haven.evidence.infrastructure.StreamingMultipart;
import org.haven.platform.api.Problems;
import org.haven.platform.i18n.Messages;
import org.haven.platform.security.ReporterPrincipal;
import org.haven.reporting.application.ReporterInbox;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /api/v1/reports/mine/evidence}: one file a call (multipart field {@code file}), with a report
 * token. Answers {@code {id, sha256, size, contentType}} so that the reporter holds proof of what was received.
 * A servlet reading the multipart body as it arrives ({@link StreamingMultipart}): the file goes to the vault
 * sealed, chunk by chunk, never whole in memory nor in a temporary file. The file and the check that no second
 * file follows share one transaction: a refused call stores nothing.
 */
@WebServlet(urlPatterns = "/api/v1/reports/mine/evidence")
public class EvidenceUploadServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(EvidenceUploadServlet.class.getName());
    private static final int MAX_FIELD_BYTES = 64 * 1024;

    @Inject
    ReporterInbox inbox;

    @Resource
    UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Messages.supported(request.getLocale());
        if (!(request.getUserPrincipal() instanceof ReporterPrincipal reporter)) {
            Problems.write(response, 401, "problem.unauthorized", locale);
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            Problems.write(response, 415, "problem.unsupportedMediaType", locale);
            return;
        }
        String boundary = StreamingMultipart.boundary(type);
        if (boundary == null) {
            Problems.write(response, 400, "problem.malformed", locale);
            return;
        }
        try {
            EvidenceReceipt stored = store(reporter.reportId(), new StreamingMultipart(request.getInputStream(),
                    boundary));
            response.setStatus(201);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("id", stored.id())
                    .add("sha256", stored.sha256()).add("size", stored.size())
                    .add("contentType", stored.contentType()).add("fileName", stored.fileName()).build().toString());
        } catch (Refusal e) {
            invalid(response, locale, e);
        } catch (StreamingMultipart.MalformedException e) {
            Problems.write(response, 400, "problem.malformed", locale);
        }
    }

    /** Skips plain fields, stores the one file of field {@code file}, and refuses any other file, all or nothing. */
    private EvidenceReceipt store(long reportId, StreamingMultipart parts) throws IOException {
        try {
            transaction.begin();
            EvidenceReceipt stored = null;
            Optional<StreamingMultipart.Part> next;
            while ((next = parts.next()).isPresent()) {
                StreamingMultipart.Part part = next.get();
                if (!part.isFile()) {
                    if (part.body().readNBytes(MAX_FIELD_BYTES + 1).length > MAX_FIELD_BYTES) {
                        throw new StreamingMultipart.MalformedException("a plain field is too long");
                    }
                    continue;
                }
                if (stored != null || !part.name().equals("file")) {
                    throw Invalid.of("file", "evidence.oneFile");
                }
                stored = inbox.addEvidence(reportId, new EvidenceUpload(part.fileName(), part.contentType(),
                        part.body()));
            }
            if (stored == null) {
                throw Invalid.of("file", "evidence.oneFile");
            }
            transaction.commit();
            return stored;
        } catch (Refusal | IOException e) {
            rollback();
            throw e;
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException("The evidence transaction failed", e);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Rolling back an evidence upload failed", e);
        }
    }

    private static void invalid(HttpServletResponse response, Locale locale, Refusal e)
            throws IOException {
        Problems.write(response, RefusalStatus.of(e), RefusalStatus.titleKey(e), locale,
                e.errors().stream().map(f -> new Problems.Violation(f.field(),
                        Messages.text(locale, f.key(), f.args()))).toList());
    }
}
