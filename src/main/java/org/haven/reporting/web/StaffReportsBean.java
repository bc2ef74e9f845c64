package org.haven.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.reporting.application.ReportViews;
import org.haven.reporting.application.StaffInbox;

import java.util.List;

/** The school inbox (/staff/reports.xhtml): urgent reports awaiting acknowledgement first, then by activity. */
@Named("staffReports")
@RequestScoped
public class StaffReportsBean {

    @Inject
    StaffInbox inbox;

    private List<ReportViews.InboxRow> rows;

    public List<ReportViews.InboxRow> getRows() {
        if (rows == null) {
            rows = inbox.inbox();
        }
        return rows;
    }

    public long getAwaitingAcknowledgement() {
        return getRows().stream().filter(ReportViews.InboxRow::awaitingAcknowledgement).count();
    }
}
