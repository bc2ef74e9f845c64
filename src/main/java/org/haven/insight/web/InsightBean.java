package org.haven.insight.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.directory.application.SchoolView;
import org.haven.insight.application.InsightFigures;
import org.haven.insight.application.InsightQuery;
import org.haven.insight.domain.Figure;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;
import org.haven.platform.web.LocaleBean;
import org.haven.protocol.application.ProtocolCatalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The statistics dashboard of a district lead (the district) or a head of school or referent (their schools):
 * filters read from the URL ({@link InsightFilters}), every figure drawn as a chart with its table. Figures come suppressed from {@link InsightFigures}; this bean only labels them.
 */
@Named("insight")
@RequestScoped
public class InsightBean {

    @Inject
    InsightFigures figures;

    @Inject
    ProtocolCatalog protocols;

    @Inject
    LocaleBean localeBean;

    @Inject
    Clock clock;

    @Inject
    InsightFilters filters;

    private InsightQuery query;
    private List<InsightPanel> panels = List.of();
    private Map<Long, SchoolView> schools = Map.of();

    /** View action: reads the filters, loads every figure; a refused filter becomes a message, a foreign school 404. */
    public void load() {
        Locale locale = localeBean.getLocale();
        schools = figures.readableSchools();
        if (schools.isEmpty()) {
            // A teacher or staff member may open /staff/ pages, but has no school to see figures of.
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        try {
            query = InsightQuery.parse(Figure.CASES, null, filters.getFrom(), filters.getTo(), filters.getSchool(),
                    filters.getLevel(), filters.getCategory(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            List<InsightFigures.Shown> shown = figures.figures(query,
                    DashboardLayout.queries(query, schools.size()));
            PanelLabels labels = new PanelLabels(locale, schools, protocols.activeStepTitles(locale));
            List<InsightPanel> made = new ArrayList<>();
            for (InsightFigures.Shown s : shown) {
                made.add(labels.panel(s, DashboardLayout.chart(s.query()), filters(s.query())));
            }
            panels = made;
        } catch (Refusal e) {
            if (e instanceof NotFound) {
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            }
            FacesMessages.show(e, "filters");
        }
    }

    /** The address of the PDF summary with the filters shown. */
    public String getPdfQuery() {
        return query == null ? "" : filters(query).replaceFirst("^figure=[a-z]+&by=[a-z]+&", "");
    }

    /** The query string of a figure's exports, with the filters. */
    static String filters(InsightQuery q) {
        StringBuilder s = new StringBuilder("figure=").append(q.figure().param()).append("&by=").append(q.by().param())
                .append("&from=").append(q.period().from()).append("&to=").append(q.period().to());
        if (q.schoolCode() != null) {
            s.append("&school=").append(URLEncoder.encode(q.schoolCode(), StandardCharsets.UTF_8));
        }
        if (q.level() != null) {
            s.append("&level=").append(q.level());
        }
        if (q.category() != null) {
            s.append("&category=").append(q.category());
        }
        return s.toString();
    }

    public List<InsightPanel> getPanels() {
        return panels;
    }

    public List<SchoolView> getSchools() {
        return List.copyOf(schools.values());
    }

    public List<String> getCategories() {
        return InsightQuery.CATEGORIES;
    }

    public List<String> getLevels() {
        return List.of("PRIMARY", "COLLEGE", "LYCEE");
    }

    /** The period shown (the default one when none was asked). */
    public String getShownFrom() {
        return query == null ? filters.getFrom() : query.period().from().toString();
    }

    public String getShownTo() {
        return query == null ? filters.getTo() : query.period().to().toString();
    }

    /** Says what hidden means, with the threshold in force. */
    public String getSuppressionNote() {
        return org.haven.platform.i18n.Messages.text(localeBean.getLocale(), "insight.suppression",
                figures.threshold());
    }

    public boolean isAllowed() {
        return !schools.isEmpty();
    }
}
