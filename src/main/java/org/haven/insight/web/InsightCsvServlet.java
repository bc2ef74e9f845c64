package org.haven.insight.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.insight.api.FigureCsv;
import org.haven.insight.application.InsightFigures;
import org.haven.insight.application.InsightQuery;
import org.haven.insight.domain.Figure;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The CSV of one table of the statistics dashboard, with the dashboard's filters and its suppression, for the
 * signed-in session (the REST API gives the same with a token). The paths sit under the pages' own security
 * constraints; the service decides the scope (a teacher, who may open /staff/, gets no school and so a 404).
 */
@WebServlet({"/district/insight.csv", "/staff/insight.csv"})
public class InsightCsvServlet extends HttpServlet {

    @Inject
    InsightFigures figures;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Figure figure = Figure.parse(request.getParameter("figure")).orElse(null);
        if (figure == null || figures.readableSchools().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        InsightFigures.Shown shown;
        try {
            shown = figures.figure(InsightQuery.parse(figure, request.getParameter("by"), request.getParameter("from"),
                    request.getParameter("to"), request.getParameter("school"), request.getParameter("level"),
                    request.getParameter("category"), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
        } catch (Refusal e) {
            response.sendError(e instanceof NotFound ? 404 : 400);
            return;
        }
        byte[] bytes = FigureCsv.of(shown).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + FigureCsv.fileName(shown) + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
