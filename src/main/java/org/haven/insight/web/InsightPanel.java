package org.haven.insight.web;

import java.util.List;

/**
 * One figure of a dashboard as the page shows it: a chart (Chart.js configuration for p:chart) and the same rows
 * as a table, with its CSV export.
 *
 * @param id    the panel's id in the page (and its table's id), e.g. cases-by-month
 * @param title the translated title
 * @param rows  the rows with their translated labels; a hidden row's text says it is hidden, never a number
 * @param total the total's text, or the hidden text
 * @param chart the chart's JSON configuration (hidden rows are gaps, never zeros)
 * @param csv   the query string of the CSV export of this table
 */
public record InsightPanel(String id, String title, List<Row> rows, String total, String chart, String csv) {

    /** A row: its key, its label, the text of its count, whether it is hidden, and its count (null when hidden). */
    public record Row(String key, String label, String count, boolean suppressed, Long value) {
    }
}
