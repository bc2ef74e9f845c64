package org.haven.surveys.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.platform.i18n.Messages;
import org.haven.platform.qr.QrSvg;
import org.haven.surveys.application.SurveyCampaigns;
import org.haven.surveys.application.SurveyCsv;
import org.haven.surveys.application.SurveyResults;
import org.haven.surveys.application.SurveyViews;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The files of a campaign page, under /staff/ (web.xml: school staff only; the campaign's scope is checked by the
 * services): {@code survey-qr?campaign=N&group=G} draws the QR code of a class's link as SVG, and
 * {@code survey-results.csv?campaign=N} exports the suppressed results. Anything out of scope is 404.
 */
@WebServlet(urlPatterns = {"/staff/survey-qr", "/staff/survey-results.csv"})
public class SurveyFilesServlet extends HttpServlet {

    @Inject
    SurveyCampaigns campaigns;

    @Inject
    SurveyResults results;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long campaignId = number(req.getParameter("campaign"));
        if (campaignId == null) {
            resp.sendError(404);
            return;
        }
        Locale locale = Messages.supported(req.getLocale());
        if (req.getServletPath().endsWith(".csv")) {
            Optional<SurveyResults.Results> r = results.of(campaignId, locale);
            if (r.isEmpty()) {
                resp.sendError(404);
                return;
            }
            resp.setContentType("text/csv;charset=UTF-8");
            resp.setHeader("Content-Disposition", "attachment; filename=\"survey-" + campaignId + ".csv\"");
            resp.getOutputStream().write(SurveyCsv.of(r.get(), Messages.text(locale, "survey.results.suppressed"))
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        Long groupId = number(req.getParameter("group"));
        Optional<SurveyViews.GroupView> group = campaigns.find(campaignId).flatMap(c -> c.groups().stream()
                .filter(g -> groupId != null && g.id() == groupId).findFirst());
        if (group.isEmpty()) {
            resp.sendError(404);
            return;
        }
        resp.setContentType("image/svg+xml;charset=UTF-8");
        resp.getOutputStream().write(QrSvg.of(SurveyLinks.of(req, group.get().accessCode()),
                Messages.text(locale, "survey.sheet.qr", group.get().label())).getBytes(StandardCharsets.UTF_8));
    }

    private static Long number(String s) {
        try {
            return s == null ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
