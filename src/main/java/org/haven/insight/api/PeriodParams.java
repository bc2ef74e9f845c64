package org.haven.insight.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The period of a figure's request, the same on every endpoint that has one; checked by InsightQuery. */
public class PeriodParams {

    @QueryParam("from")
    @Parameter(description = "First day, YYYY-MM-DD (default: a year before to)")
    String from;

    @QueryParam("to")
    @Parameter(description = "Last day, YYYY-MM-DD (default: today); at most 5 years after from")
    String to;
}
