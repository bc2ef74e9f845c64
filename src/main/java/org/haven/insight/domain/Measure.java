package org.haven.insight.domain;

/**
 * The counters of the aggregates, each kept per day (UTC), school and category, with one more dimension:
 * <ul>
 * <li>CASE: cases opened; dimension the channel (REPORT, SURVEY: from a survey's contact request, or STAFF);</li>
 * <li>CASE_DELAY: cases opened from a report; dimension the delay bucket from report to opening;</li>
 * <li>CASE_REOPENED: reopenings; no dimension;</li>
 * <li>REPORT: reports received; dimension the flags {@code U?A?W?} (urgent, anonymous, witness: 1 or 0);</li>
 * <li>REPORT_DELAY: first staff actions on a report; dimension the delay bucket from the report;</li>
 * <li>REPORT_CHANNEL: reports received; dimension where they came from (FORM: the wizard or the API, SURVEY: a
 * survey's contact request);</li>
 * <li>STEP: protocol steps finished; dimension ON_TIME or LATE;</li>
 * <li>ESCALATION: escalations fired; no dimension.</li>
 * </ul>
 */
public enum Measure {
    CASE, CASE_DELAY, CASE_REOPENED, REPORT, REPORT_DELAY, REPORT_CHANNEL, STEP, ESCALATION;

    /** The dimensions of a finished step. */
    public static final String ON_TIME = "ON_TIME";
    public static final String LATE = "LATE";

    /** The dimension of a report's flags. */
    public static String reportFlags(boolean urgent, boolean anonymous, boolean witness) {
        return "U" + bit(urgent) + "A" + bit(anonymous) + "W" + bit(witness);
    }

    private static char bit(boolean b) {
        return b ? '1' : '0';
    }
}
