package org.haven.training.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.platform.i18n.Messages;
import org.haven.training.application.Certificates;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * A certificate as PDF for its holder (/staff/training/certificate?id=N&amp;lang=fr): anyone else, and an unknown
 * id, get 404.
 */
@WebServlet("/staff/training/certificate")
public class CertificateServlet extends HttpServlet {

    @Inject
    Certificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Messages.supported(Locale.forLanguageTag(String.valueOf(request.getParameter("lang"))));
        Optional<byte[]> pdf;
        try {
            pdf = certificates.pdf(Long.parseLong(String.valueOf(request.getParameter("id"))), locale);
        } catch (NumberFormatException e) {
            pdf = Optional.empty();
        }
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"haven-certificate-"
                + request.getParameter("id") + ".pdf\"");
        response.setContentLength(pdf.get().length);
        response.getOutputStream().write(pdf.get());
    }
}
