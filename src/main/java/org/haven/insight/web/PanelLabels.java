package org.haven.insight.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.haven.directory.application.SchoolView;
import org.haven.insight.application.InsightFigures;
import org.haven.insight.domain.Breakdown;
import org.haven.insight.domain.Figure;
import org.haven.insight.domain.ShownRow;
import org.haven.platform.i18n.Messages;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns suppressed figures into what a page shows: translated labels, "hidden" in place of a hidden count, and a
 * Chart.js configuration where a hidden count is a gap (null), so that no chart shows a number its table hides.
 */
final class PanelLabels {

    /** The chart colours: dark enough on white for the 3:1 contrast of graphical objects (WCAG 1.4.11). */
    private static final List<String> COLOURS = List.of("#1f5fa8", "#b34700", "#2e7d32", "#7b1fa2", "#8a6d00",
            "#c2185b", "#00695c", "#5d4037", "#455a64", "#283593");

    private final Locale locale;
    private final Map<Long, SchoolView> schools;
    private final Map<String, String> stepTitles;

    /** stepTitles: the active protocols' step titles by step id, in the page's language. */
    PanelLabels(Locale locale, Map<Long, SchoolView> schools, Map<String, String> stepTitles) {
        this.locale = locale;
        this.schools = schools;
        this.stepTitles = stepTitles;
    }

    InsightPanel panel(InsightFigures.Shown shown, String type, String csv) {
        String figure = shown.query().figure().param();
        Breakdown by = shown.query().by();
        String id = figure + "-by-" + by.param();
        String title = Messages.text(locale, "insight.panel." + figure + "." + by.param());
        String hidden = Messages.text(locale, "insight.hidden");
        List<InsightPanel.Row> rows = new ArrayList<>();
        for (ShownRow r : shown.table().rows()) {
            rows.add(new InsightPanel.Row(r.key(), label(shown.query().figure(), by, r.key()),
                    r.suppressed() ? hidden : String.valueOf(r.count()), r.suppressed(), r.count()));
        }
        Long total = shown.table().total();
        return new InsightPanel(id, title, rows, total == null ? hidden : String.valueOf(total),
                chart(type, title, shown.table().rows(), rows), csv);
    }

    /** The panel as a chart of the PDF summary. */
    static org.haven.insight.infrastructure.InsightPdf.Chart pdfChart(InsightPanel panel) {
        return new org.haven.insight.infrastructure.InsightPdf.Chart(panel.title(), panel.rows().stream()
                .map(r -> new org.haven.insight.infrastructure.InsightPdf.Bar(r.label(), r.value(), r.count()))
                .toList(), panel.total());
    }

    private String label(Figure figure, Breakdown by, String key) {
        int slash = key.indexOf('/');
        if (figure == Figure.TRAINING && slash > 0) {
            Breakdown first = by == Breakdown.SCHOOL ? Breakdown.SCHOOL : Breakdown.ROLE;
            return label(figure, first, key.substring(0, slash)) + " – "
                    + label(figure, Breakdown.STATUS, key.substring(slash + 1));
        }
        return switch (by) {
            case CATEGORY -> Messages.text(locale, "case.category." + key);
            case SCHOOL -> schools.values().stream().filter(s -> s.code().equals(key)).map(SchoolView::name)
                    .findFirst().orElse(key);
            case MONTH -> YearMonth.parse(key).format(DateTimeFormatter.ofPattern("MMM yyyy", locale));
            case DELAY -> Messages.text(locale, "insight.delay." + key);
            case CHANNEL -> Messages.text(locale, "insight.channel." + key);
            case STEP -> stepTitles.getOrDefault(key, Messages.text(locale, "insight.step.retired"));
            case KIND -> Messages.text(locale, (figure == Figure.REFERRALS ? "referral" : "takedown") + ".kind." + key);
            case OUTCOME -> Messages.text(locale, (figure == Figure.REFERRALS ? "referral" : "takedown") + ".status."
                    + key);
            case ROLE -> Messages.text(locale, "role." + key.toLowerCase(Locale.ROOT));
            case STATUS -> Messages.text(locale, "training.status." + key);
            case URGENT, ANONYMOUS, WITNESS, TIMELINESS ->
                    Messages.text(locale, "insight." + by.param() + "." + key);
        };
    }

    private static String chart(String type, String title, List<ShownRow> shown, List<InsightPanel.Row> rows) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < shown.size(); i++) {
            labels.add(rows.get(i).label());
            if (shown.get(i).count() == null) {
                data.addNull();
            } else {
                data.add(shown.get(i).count());
            }
            colours.add(COLOURS.get(i % COLOURS.size()));
        }
        boolean round = "doughnut".equals(type);
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", title).add("data", data)
                .add("backgroundColor", round ? colours.build() : Json.createArrayBuilder().add(COLOURS.get(0)).build());
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", round)));
        if ("hbar".equals(type)) {
            options.add("indexAxis", "y");
        }
        if (!round) {
            options.add("scales", Json.createObjectBuilder()
                    .add("x", Json.createObjectBuilder().add("beginAtZero", true))
                    .add("y", Json.createObjectBuilder().add("beginAtZero", true)));
        }
        return Json.createObjectBuilder().add("type", round ? "doughnut" : "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets",
                        Json.createArrayBuilder().add(dataset)))
                .add("options", options).build().toString();
    }
}
