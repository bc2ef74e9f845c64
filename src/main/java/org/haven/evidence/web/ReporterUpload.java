package org.haven.evidence.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.evidence.application.EvidenceUploads;
import org.haven.evidence.application.IncomingParts;
import org.haven.evidence.domain.EvidenceReceipt;
import org.haven.evidence.domain.EvidenceUpload;
import org.haven.platform.api.Problems;
import org.haven.platform.api.RefusalStatus;
import org.haven.platform.errors.Refusal;
import org.haven.platform.i18n.Messages;
import org.haven.platform.security.ReporterPrincipal;
import org.haven.platform.web.StreamingMultipart;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/v1/reports/mine/evidence}: one file a call (multipart field {@code file}), with a report
 * token. Answers {@code {id, sha256, size, contentType, fileName}} so that the reporter holds proof of what was
 * received, or problem details. The file goes to the vault sealed, chunk by chunk, never whole in memory.
 */
@ApplicationScoped
public class ReporterUpload {

    private static final int MAX_FIELD_BYTES = 64 * 1024;

    @Inject
    EvidenceUploads uploads;

    public void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
            EvidenceReceipt stored = uploads.fromReporter(reporter.reportId(),
                    parts(new StreamingMultipart(request.getInputStream(), boundary)));
            response.setStatus(201);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("id", stored.id())
                    .add("sha256", stored.sha256()).add("size", stored.size())
                    .add("contentType", stored.contentType()).add("fileName", stored.fileName()).build().toString());
        } catch (Refusal e) {
            Problems.write(response, RefusalStatus.of(e), RefusalStatus.titleKey(e), locale,
                    e.errors().stream().map(f -> new Problems.Violation(f.field(),
                            Messages.text(locale, f.key(), f.args()))).toList());
        } catch (StreamingMultipart.MalformedException e) {
            Problems.write(response, 400, "problem.malformed", locale);
        }
    }

    /** The body's parts: a plain field is read (bounded) and dropped, a file handed over unread. */
    private static IncomingParts parts(StreamingMultipart multipart) {
        return () -> {
            Optional<StreamingMultipart.Part> next = multipart.next();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            StreamingMultipart.Part part = next.get();
            if (!part.isFile()) {
                if (part.body().readNBytes(MAX_FIELD_BYTES + 1).length > MAX_FIELD_BYTES) {
                    throw new StreamingMultipart.MalformedException("a plain field is too long");
                }
                return Optional.of(new IncomingParts.Part(part.name(), null));
            }
            return Optional.of(new IncomingParts.Part(part.name(),
                    new EvidenceUpload(part.fileName(), part.contentType(), part.body())));
        };
    }
}
