package org.haven.insight.api;

import jakarta.ws.rs.QueryParam;

/**
 * The period of a figure's request, the same on every endpoint that has one; checked by InsightQuery.
 * No OpenAPI {@code @Parameter} on these fields: Payara 7's OpenAPI walker fails the whole /openapi document (500,
 * a NullPointerException in ApplicationProcessor.visitParameter) on a parameter outside a resource method.
 */
public class PeriodParams {

    /** First day, YYYY-MM-DD (default: a year before to) */
    @QueryParam("from")
    String from;

    /** Last day, YYYY-MM-DD (default: today); at most 5 years after from */
    @QueryParam("to")
    String to;
}
