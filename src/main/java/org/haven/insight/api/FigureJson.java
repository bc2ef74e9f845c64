package org.haven.insight.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.haven.insight.application.InsightFigures;
import org.haven.insight.domain.ShownRow;
import org.haven.insight.domain.ShownTable;

/**
 * A figure as JSON, built by hand so that a suppressed count is written {@code null} (JSON-B would leave the field
 * out, and a reader could not tell a hidden cell from a missing one).
 */
final class FigureJson {

    private FigureJson() {
    }

    static JsonObject of(InsightFigures.Shown shown) {
        ShownTable t = shown.table();
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (ShownRow r : t.rows()) {
            JsonObjectBuilder row = Json.createObjectBuilder().add("key", r.key());
            if (r.count() == null) {
                row.addNull("count");
            } else {
                row.add("count", r.count());
            }
            rows.add(row.add("suppressed", r.suppressed()));
        }
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("figure", shown.query().figure().param())
                .add("by", shown.query().by().param())
                .add("from", shown.query().period().from().toString())
                .add("to", shown.query().period().to().toString())
                .add("threshold", t.threshold())
                .add("rows", rows);
        if (t.total() == null) {
            o.addNull("total");
        } else {
            o.add("total", t.total());
        }
        return o.build();
    }

    /** Repeat authors: {from, to, threshold, count, suppressed}, count null when suppressed. */
    static JsonObject of(InsightFigures.RepeatAuthors r) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("from", r.from().toString())
                .add("to", r.to().toString()).add("threshold", r.threshold()).add("suppressed", r.suppressed());
        if (r.count() == null) {
            json.addNull("count");
        } else {
            json.add("count", r.count());
        }
        return json.build();
    }
}
