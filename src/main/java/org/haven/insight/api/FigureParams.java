package org.haven.insight.api;

import jakarta.ws.rs.QueryParam;

/**
 * The filters and format of a figure's request, the same on every figure endpoint; checked by InsightQuery.
 * No OpenAPI {@code @Parameter} on these fields: Payara 7's OpenAPI walker fails the whole /openapi document (500,
 * a NullPointerException in ApplicationProcessor.visitParameter) on a parameter outside a resource method.
 */
public class FigureParams {

    /** A school's code: only that school (404 when it is not one of the reader's) */
    @QueryParam("school")
    String school;

    /** PRIMARY, COLLEGE or LYCEE */
    @QueryParam("level")
    String level;

    /** Only this category (INSULTS, THREATS ...; for takedowns: of the request's case, else its report) */
    @QueryParam("category")
    String category;

    /** csv for text/csv, JSON otherwise */
    @QueryParam("format")
    String format;
}
