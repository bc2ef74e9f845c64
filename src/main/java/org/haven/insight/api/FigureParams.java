package org.haven.insight.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters and format of a figure's request, the same on every figure endpoint; checked by InsightQuery. */
public class FigureParams {

    @QueryParam("school")
    @Parameter(description = "A school's code: only that school (404 when it is not one of the reader's)")
    String school;

    @QueryParam("level")
    @Parameter(description = "PRIMARY, COLLEGE or LYCEE")
    String level;

    @QueryParam("category")
    @Parameter(description = "Only this category (INSULTS, THREATS ...; for takedowns: of the request's case, else "
            + "its report)")
    String category;

    @QueryParam("format")
    @Parameter(description = "csv for text/csv, JSON otherwise")
    String format;
}
