package org.haven.evidence.web;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal;
import org.haven.evidence.application.AccessDenials;
import org.haven.evidence.application.StaffEvidence;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.evidence.domain.EvidenceUpload;
import org.haven.evidence.infrastructure.SignedLinks;
import org.haven.evidence.infrastructure.StreamingMultipart;
import org.haven.platform.security.HavenPrincipal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * {@code POST /staff/evidence/upload}: the evidence panel's file form, a plain multipart form (no Faces
 * multipart: the container would keep a large file in a temporary file, in clear). Its hidden fields come first
 * (owner, signed token, return page, description), then one file, streamed into the vault. The signed token
 * (per account, five minutes) is also what keeps another site from posting here. Answers with a redirect back
 * to the page, with {@code evidence=added} or the error's message key.
 */
@WebServlet(urlPatterns = EvidenceUploadFormServlet.PATH)
public class EvidenceUploadFormServlet extends HttpServlet {

    public static final String PATH = "/staff/evidence/upload";
    static final Pattern RETURN = Pattern.compile("/staff/[a-z-]{1,40}\\.xhtml\\?id=[0-9]{1,18}(&section=[a-z]{1,20})?");
    private static final Logger LOG = Logger.getLogger(EvidenceUploadFormServlet.class.getName());
    private static final int MAX_FIELD = 4096;

    @Inject
    SignedLinks links;

    @Inject
    StaffEvidence evidence;

    @Inject
    AccessDenials denials;

    @Resource
    UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String boundary = StreamingMultipart.boundary(request.getContentType());
        if (!(request.getUserPrincipal() instanceof HavenPrincipal principal) || boundary == null) {
            response.sendError(400);
            return;
        }
        StreamingMultipart parts = new StreamingMultipart(request.getInputStream(), boundary);
        Map<String, String> fields = new HashMap<>();
        String outcome;
        try {
            Optional<StreamingMultipart.Part> next = parts.next();
            while (next.isPresent() && !next.get().isFile()) {
                byte[] value = next.get().body().readNBytes(MAX_FIELD + 1);
                if (value.length > MAX_FIELD) {
                    throw new StreamingMultipart.MalformedException("field too long");
                }
                fields.put(next.get().name(), new String(value, java.nio.charset.StandardCharsets.UTF_8));
                next = parts.next();
            }
            String target = fields.get("t");
            if (!links.valid(principal.accountId(), target, "upload", number(fields.get("x")), fields.get("s"))
                    || !RETURN.matcher(String.valueOf(fields.get("return"))).matches()) {
                denials.record("upload " + String.valueOf(target).replaceAll("[^A-Z0-9:]", ""));
                response.sendError(404);
                return;
            }
            if (next.isEmpty() || next.get().fileName() == null || next.get().fileName().isEmpty()) {
                outcome = "evidenceError=evidence.choose";
            } else {
                outcome = store(target, next.get(), fields.get("description"), parts);
            }
        } catch (StreamingMultipart.MalformedException e) {
            response.sendError(400);
            return;
        }
        response.sendRedirect(request.getContextPath() + fields.get("return") + "&" + outcome + "#evidence-panel");
    }

    private String store(String target, StreamingMultipart.Part file, String description, StreamingMultipart parts)
            throws IOException {
        int colon = target.indexOf(':');
        EvidenceOwner.Kind kind = EvidenceOwner.Kind.valueOf(target.substring(0, colon));
        long ownerId = Long.parseLong(target.substring(colon + 1));
        try {
            transaction.begin();
            evidence.add(kind, ownerId, new EvidenceUpload(file.fileName(), file.contentType(), file.body()),
                    description);
            while (parts.next().isPresent()) {
                throw Invalid.of("file", "evidence.oneFile");
            }
            transaction.commit();
            return "evidence=added";
        } catch (Refusal e) {
            rollback();
            Refusal.FieldError first = e.errors().getFirst();
            String arg = first.args().length > 0 ? "&a=" + first.args()[0] : "";
            return "evidenceError=" + first.key() + arg;
        } catch (IOException | RuntimeException e) {
            rollback();
            throw e;
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException("The evidence transaction failed", e);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Rolling back an evidence upload failed", e);
        }
    }

    private static long number(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
