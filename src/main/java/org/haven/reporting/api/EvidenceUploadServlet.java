package org.haven.reporting.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.haven.evidence.application.EvidenceIntake;
import org.haven.evidence.domain.EvidenceReceipt;
import org.haven.evidence.domain.EvidenceUpload;
import org.haven.platform.api.Problems;
import org.haven.platform.errors.InvalidInputException;
import org.haven.platform.i18n.Messages;
import org.haven.platform.security.ReporterPrincipal;
import org.haven.reporting.application.ReporterInbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Locale;

/**
 * {@code POST /api/v1/reports/mine/evidence}: one file a call (multipart field {@code file}), with a report
 * token. Answers {@code {id, sha256, size, contentType}} so that the reporter holds proof of what was received.
 * A servlet rather than a REST resource so that the file streams through without a multipart provider.
 */
@WebServlet(urlPatterns = "/api/v1/reports/mine/evidence")
@MultipartConfig(maxFileSize = EvidenceIntake.MAX_BYTES, maxRequestSize = EvidenceIntake.MAX_BYTES + 65_536,
        fileSizeThreshold = 1024 * 1024)
public class EvidenceUploadServlet extends HttpServlet {

    @Inject
    ReporterInbox inbox;

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
        Part file;
        try {
            Collection<Part> parts = request.getParts();
            long files = parts.stream().filter(p -> p.getSubmittedFileName() != null).count();
            file = request.getPart("file");
            if (file == null || file.getSubmittedFileName() == null || files != 1) {
                invalid(response, locale, InvalidInputException.of("file", "evidence.oneFile"));
                return;
            }
        } catch (IllegalStateException tooLarge) {
            invalid(response, locale, new InvalidInputException(413,
                    java.util.List.of(new InvalidInputException.FieldError("file", "evidence.tooLarge",
                            EvidenceIntake.MAX_BYTES / (1024 * 1024)))));
            return;
        } catch (ServletException malformed) {
            Problems.write(response, 400, "problem.malformed", locale);
            return;
        }
        try (InputStream in = file.getInputStream()) {
            EvidenceReceipt stored = inbox.addEvidence(reporter.reportId(),
                    new EvidenceUpload(file.getSubmittedFileName(), in));
            response.setStatus(201);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("id", stored.id())
                    .add("sha256", stored.sha256()).add("size", stored.size())
                    .add("contentType", stored.contentType()).add("fileName", stored.fileName()).build().toString());
        } catch (InvalidInputException e) {
            invalid(response, locale, e);
        } finally {
            file.delete();
        }
    }

    private static void invalid(HttpServletResponse response, Locale locale, InvalidInputException e)
            throws IOException {
        Problems.write(response, e.status(), e.status() == 413 ? "problem.tooLarge" : "problem.invalid", locale,
                e.errors().stream().map(f -> new Problems.Violation(f.field(),
                        Messages.text(locale, f.key(), f.args()))).toList());
    }
}
