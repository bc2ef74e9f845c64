package org.haven.evidence.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.evidence.application.AccessDenials;
import org.haven.evidence.application.EvidenceUploads;
import org.haven.evidence.application.IncomingParts;
import org.haven.evidence.domain.EvidenceUpload;
import org.haven.evidence.infrastructure.SignedLinks;
import org.haven.platform.errors.Refusal;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.web.StreamingMultipart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code POST /staff/evidence/upload}: the evidence panel's file form, a plain multipart form (no Faces
 * multipart: the container would keep a large file in a temporary file, in clear). Its hidden fields come first
 * (owner, signed token, return page, description), then one file, streamed into the vault. The signed token
 * (per account, five minutes) is also what keeps another site from posting here. Answers with a redirect back
 * to the page, with {@code evidence=added} or the error's message key.
 */
@ApplicationScoped
public class PanelUpload {

    static final Pattern RETURN = Pattern.compile("/staff/[a-z-]{1,40}\\.xhtml\\?id=[0-9]{1,18}(&section=[a-z]{1,20})?");
    private static final int MAX_FIELD = 4096;

    @Inject
    SignedLinks links;

    @Inject
    EvidenceUploads uploads;

    @Inject
    AccessDenials denials;

    public void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
                fields.put(next.get().name(), new String(value, StandardCharsets.UTF_8));
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
        OwnerTarget owner = OwnerTarget.parse(target);
        IncomingParts rest = () -> parts.next().map(p -> new IncomingParts.Part(p.name(), null));
        try {
            uploads.fromPanel(owner.kind(), owner.ownerId(), new EvidenceUpload(file.fileName(), file.contentType(), file.body()),
                    description, rest);
            return "evidence=added";
        } catch (Refusal e) {
            Refusal.FieldError first = e.errors().getFirst();
            String arg = first.args().length > 0 ? "&a=" + first.args()[0] : "";
            return "evidenceError=" + first.key() + arg;
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
