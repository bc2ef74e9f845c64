package org.haven.evidence.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.evidence.application.AccessDenials;
import org.haven.evidence.application.DossierExport;
import org.haven.evidence.application.EvidenceDelivery;
import org.haven.evidence.domain.ContentRules;
import org.haven.evidence.domain.CustodyAction;
import org.haven.evidence.infrastructure.SignedLinks;
import org.haven.platform.api.RefusalStatus;
import org.haven.platform.errors.Refusal;
import org.haven.platform.i18n.Messages;
import org.haven.platform.security.HavenPrincipal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /staff/evidence/file?t=..&v=..&x=..&s=..}: serves evidence to the staff member a link was signed for
 * ({@link SignedLinks}, five minutes): a download ({@code v=download}), a preview or thumbnail of a picture
 * without metadata ({@code preview}, {@code thumb}), or a dossier ({@code pdf}, {@code zip}, {@code t} naming
 * the owner). The scope is checked again, each file verified before a byte is sent; every answer is
 * {@code Cache-Control: no-store}. A bad, expired or foreign link is a 404 and audited; an altered file a 409.
 */
@WebServlet(urlPatterns = EvidenceFileServlet.PATH)
public class EvidenceFileServlet extends HttpServlet {

    public static final String PATH = "/staff/evidence/file";
    static final int THUMB = 160;
    static final int PREVIEW = 1200;

    @Inject
    SignedLinks links;

    @Inject
    EvidenceDelivery delivery;

    @Inject
    DossierExport export;

    @Inject
    AccessDenials denials;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        Locale locale = Messages.supported(request.getLocale());
        String target = request.getParameter("t");
        String variant = request.getParameter("v");
        if (!(request.getUserPrincipal() instanceof HavenPrincipal principal)
                || !links.valid(principal.accountId(), target, variant, number(request.getParameter("x")),
                request.getParameter("s"))) {
            denials.record("link " + String.valueOf(target).replaceAll("[^A-Z0-9:]", "") + " "
                    + String.valueOf(variant).replaceAll("[^a-z]", ""));
            response.sendError(404);
            return;
        }
        try {
            switch (variant) {
                case "download" -> download(Long.parseLong(target), response, locale);
                case "preview", "thumb" -> preview(Long.parseLong(target), variant, response, locale);
                case "pdf", "zip" -> dossier(target, variant, response, locale);
                default -> response.sendError(404);
            }
        } catch (Refusal e) {
            response.sendError(RefusalStatus.of(e));
        }
    }

    private void download(long id, HttpServletResponse response, Locale locale) throws IOException {
        EvidenceDelivery.Opened opened = delivery.open(id, CustodyAction.DOWNLOADED, "staff download");
        if (!opened.intact()) {
            refused(response, locale);
            return;
        }
        response.setContentType("application/octet-stream");
        response.setHeader("Content-Disposition", attachment(safeName(opened.file().fileName(),
                opened.file().contentType())));
        response.setContentLengthLong(opened.file().sizeBytes());
        delivery.copy(opened, response.getOutputStream());
    }

    private void preview(long id, String variant, HttpServletResponse response, Locale locale) throws IOException {
        EvidenceDelivery.Opened opened = delivery.open(id, CustodyAction.PREVIEWED, "staff evidence panel");
        if (!opened.intact()) {
            refused(response, locale);
            return;
        }
        Optional<byte[]> png = delivery.preview(opened, variant.equals("thumb") ? THUMB : PREVIEW);
        if (png.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setContentType("image/png");
        response.setHeader("Content-Disposition", "inline");
        response.setContentLength(png.get().length);
        response.getOutputStream().write(png.get());
    }

    private void dossier(String target, String variant, HttpServletResponse response, Locale locale)
            throws IOException {
        OwnerTarget owner = OwnerTarget.parse(target);
        DossierExport.Format format = variant.equals("pdf") ? DossierExport.Format.PDF : DossierExport.Format.ZIP;
        DossierExport.Prepared prepared = export.prepare(owner.kind(), owner.ownerId(), format, locale);
        if (prepared.refused()) {
            refused(response, locale);
            return;
        }
        response.setContentType(format == DossierExport.Format.PDF ? "application/pdf" : "application/zip");
        response.setHeader("Content-Disposition", attachment("dossier-" + prepared.content().owner().number()
                + (format == DossierExport.Format.PDF ? ".pdf" : ".zip")));
        export.write(prepared, response.getOutputStream());
    }

    private static void refused(HttpServletResponse response, Locale locale) throws IOException {
        response.setStatus(409);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Messages.text(locale, "evidence.integrity.refused"));
    }

    /** The name a download is saved under: the sent name without its last extension, then the detected type's. */
    static String safeName(String fileName, String detectedType) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String extension = "." + ContentRules.extension(detectedType);
        return base.toLowerCase(Locale.ROOT).endsWith(extension) ? base : base + extension;
    }

    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static long number(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
