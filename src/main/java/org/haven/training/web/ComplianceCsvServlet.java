package org.haven.training.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.platform.i18n.Messages;
import org.haven.training.application.TrainingCompliance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Training compliance as CSV, for the district lead (every school) and heads of school (theirs): the same scope as
 * the pages, decided by the service; 404 for anyone else.
 */
@WebServlet({"/district/training-compliance.csv", "/staff/training/compliance.csv"})
public class ComplianceCsvServlet extends HttpServlet {

    @Inject
    TrainingCompliance compliance;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Messages.supported(Locale.forLanguageTag(String.valueOf(request.getParameter("lang"))));
        Optional<String> csv = compliance.csv(locale);
        if (csv.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = csv.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"haven-training-compliance.csv\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
