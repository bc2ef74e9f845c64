package org.haven.insight.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.directory.application.SchoolView;
import org.haven.insight.application.InsightFigures;
import org.haven.insight.application.InsightQuery;
import org.haven.insight.domain.Figure;
import org.haven.insight.infrastructure.InsightPdf;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.i18n.Messages;
import org.haven.protocol.application.ProtocolCatalog;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The statistics summary of a period as a PDF (the district's yearly report): every figure of the dashboard, as a
 * bar chart with its counts, after the same suppression. Same filters and scope as the dashboard; a reader without
 * a school gets 404.
 */
@WebServlet({"/district/insight.pdf", "/staff/insight.pdf"})
public class InsightPdfServlet extends HttpServlet {

    @Inject
    InsightFigures figures;

    @Inject
    ProtocolCatalog protocols;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Messages.supported(Locale.forLanguageTag(String.valueOf(request.getParameter("lang"))));
        Map<Long, SchoolView> schools = figures.readableSchools();
        if (schools.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        InsightQuery base;
        List<InsightFigures.Shown> shown;
        try {
            base = InsightQuery.parse(Figure.CASES, null, request.getParameter("from"), request.getParameter("to"),
                    request.getParameter("school"), request.getParameter("level"), request.getParameter("category"),
                    LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            shown = figures.figures(base, DashboardLayout.queries(base, schools.size()));
        } catch (Refusal e) {
            response.sendError(e instanceof NotFound ? 404 : 400);
            return;
        }
        PanelLabels labels = new PanelLabels(locale, schools, protocols.activeStepTitles(locale));
        List<InsightPdf.Chart> charts = new ArrayList<>();
        for (InsightFigures.Shown s : shown) {
            charts.add(PanelLabels.pdfChart(labels.panel(s, "bar", "")));
        }
        String scope = base.schoolCode() != null
                ? schools.values().stream().filter(s -> s.code().equalsIgnoreCase(base.schoolCode()))
                        .map(SchoolView::name).findFirst().orElse(base.schoolCode())
                : Messages.text(locale, "insight.pdf.allSchools", schools.size());
        List<String> intro = List.of(
                Messages.text(locale, "insight.pdf.period", base.period().from().toString(),
                        base.period().to().toString()),
                scope + (base.level() == null ? "" : " — " + Messages.text(locale, "school.level." + base.level()))
                        + (base.category() == null ? "" : " — "
                        + Messages.text(locale, "case.category." + base.category())),
                Messages.text(locale, "insight.suppression", figures.threshold()));
        byte[] pdf = InsightPdf.render(new InsightPdf.Content(Messages.text(locale, "insight.pdf.title"), intro,
                Messages.text(locale, "insight.col.total"), charts));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"haven-statistics-" + base.period().from()
                + "-" + base.period().to() + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
