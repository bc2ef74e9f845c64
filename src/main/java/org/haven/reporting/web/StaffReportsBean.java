package org.haven.reporting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;
import org.haven.reporting.application.ReportViews;
import org.haven.reporting.application.StaffInbox;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The school inbox (/staff/reports.xhtml): urgent reports awaiting acknowledgement first, then by activity, in
 * keyset pages like the case dashboard (the cursors of the pages before are kept for "previous").
 */
@Named("staffReports")
@ViewScoped
public class StaffReportsBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    StaffInbox inbox;

    private String current;
    private String next;
    private final Deque<String> previous = new ArrayDeque<>();
    private transient ReportViews.InboxPage page;

    public void nextPage() {
        if (next != null) {
            previous.push(current == null ? "" : current);
            current = next;
            page = null;
        }
    }

    public void previousPage() {
        if (!previous.isEmpty()) {
            String back = previous.pop();
            current = back.isEmpty() ? null : back;
            page = null;
        }
    }

    private ReportViews.InboxPage page() {
        if (page == null) {
            try {
                page = inbox.page(current, StaffInbox.PAGE);
            } catch (Refusal e) {
                FacesMessages.show(e, "pages:");
                page = new ReportViews.InboxPage(List.of(), null, 0);
            }
            next = page.next();
        }
        return page;
    }

    public List<ReportViews.InboxRow> getRows() {
        return page().rows();
    }

    public long getAwaitingAcknowledgement() {
        return page().awaitingAcknowledgement();
    }

    public boolean isHasNext() {
        page();
        return next != null;
    }

    public boolean isHasPrevious() {
        return !previous.isEmpty();
    }
}
