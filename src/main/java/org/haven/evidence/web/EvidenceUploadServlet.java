package org.haven.evidence.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The one way a file enters the vault over HTTP, read as it arrives (no container multipart, which keeps large
 * files on disk in clear): the reporter's {@code POST /api/v1/reports/mine/evidence} answered in JSON
 * ({@link ReporterUpload}), and the evidence panel's form {@code POST /staff/evidence/upload} answered with a
 * redirect ({@link PanelUpload}). Both store their one file through the same transactional service.
 */
@WebServlet(urlPatterns = {EvidenceUploadServlet.REPORTER_PATH, EvidenceUploadServlet.PANEL_PATH})
public class EvidenceUploadServlet extends HttpServlet {

    public static final String REPORTER_PATH = "/api/v1/reports/mine/evidence";
    public static final String PANEL_PATH = "/staff/evidence/upload";

    @Inject
    ReporterUpload reporter;

    @Inject
    PanelUpload panel;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (PANEL_PATH.equals(request.getServletPath())) {
            panel.post(request, response);
        } else {
            reporter.post(request, response);
        }
    }
}
