package org.haven.insight.api;

import jakarta.ws.rs.core.Response;
import org.haven.insight.application.InsightFigures;

/** A figure's HTTP answer: JSON, or CSV with {@code format=csv} (the same rows, the same suppression), never cached. */
final class FigureResponse {

    private FigureResponse() {
    }

    static Response of(InsightFigures.Shown shown, String format) {
        if ("csv".equalsIgnoreCase(format)) {
            return Response.ok(FigureCsv.of(shown), "text/csv;charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + FigureCsv.fileName(shown) + "\"")
                    .header("Cache-Control", "no-store").build();
        }
        return Response.ok(FigureJson.of(shown)).header("Cache-Control", "no-store").build();
    }
}
