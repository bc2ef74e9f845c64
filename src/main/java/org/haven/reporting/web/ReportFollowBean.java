package org.haven.reporting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.haven.evidence.domain.EvidenceReceipt;
import org.haven.evidence.domain.EvidenceUpload;
import org.haven.platform.errors.Refusal;
import org.haven.platform.security.ClientKey;
import org.haven.platform.web.FacesMessages;
import org.haven.reporting.application.AbuseLimits;
import org.haven.reporting.application.ReportAccess;
import org.haven.reporting.application.ReportViews;
import org.haven.reporting.application.ReporterInbox;
import org.haven.reporting.domain.ReceiptCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;

/**
 * Following a report (/report/follow.xhtml): the receipt is typed in a POST and never kept; what it opens (the
 * report's id) stays on the server, in this view, until "close". Wrong receipts are rate-limited per client.
 */
@Named("reportFollow")
@ViewScoped
public class ReportFollowBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ReportAccess access;

    @Inject
    ReporterInbox inbox;

    @Inject
    AbuseLimits limits;

    private String receipt;
    private Long reportId;
    private String reply;
    private transient Part file;
    private transient ReportViews.ForReporter view;
    private String lastFileName;
    private String lastFileSha256;

    public void open() {
        String typed = receipt;
        receipt = null;
        HttpServletRequest request = request();
        String client = ClientKey.of(request);
        if (!limits.mayTryReceipt(client)) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(429);
            FacesMessages.error("open:receipt", "report.receipt.tooMany");
            return;
        }
        if (typed == null || typed.isBlank()) {
            FacesMessages.error("open:receipt", "report.receipt.required");
            return;
        }
        if (ReceiptCode.parse(typed) == null) {
            limits.receiptFailed(client);
            FacesMessages.error("open:receipt", "report.receipt.format");
            return;
        }
        Optional<Long> found = access.open(typed);
        if (found.isEmpty()) {
            limits.receiptFailed(client);
            FacesMessages.error("open:receipt", "report.receipt.invalid");
            return;
        }
        request.changeSessionId();
        reportId = found.get();
        view = null;
    }

    public void send() {
        if (reportId == null) {
            return;
        }
        try {
            inbox.reply(reportId, reply);
            reply = null;
            view = null;
            FacesMessages.info("follow.reply.sent");
        } catch (Refusal e) {
            FacesMessages.show(e, "reply:");
        }
    }

    public void addEvidence() {
        if (reportId == null) {
            return;
        }
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            FacesMessages.error("evidence:file", "follow.evidence.choose");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            EvidenceReceipt stored = inbox.addEvidence(reportId, new EvidenceUpload(file.getSubmittedFileName(),
                    file.getContentType(), in));
            lastFileName = stored.fileName();
            lastFileSha256 = stored.sha256();
            view = null;
            FacesMessages.info("follow.evidence.received", stored.fileName());
        } catch (Refusal e) {
            FacesMessages.show(e, "evidence:");
        } catch (IOException e) {
            FacesMessages.error("evidence:file", "report.files.unreadable");
        } finally {
            file = null;
        }
    }

    /** Reads the report again, for the school's latest messages. */
    public void refresh() {
        view = null;
    }

    /** Forgets the report on this device: the next visitor of this page must type a receipt again. */
    public String close() {
        reportId = null;
        view = null;
        return "/report/follow?faces-redirect=true";
    }

    public boolean isOpen() {
        return reportId != null;
    }

    /** The report as its author sees it, read once per view (and again after each change). */
    public ReportViews.ForReporter getReport() {
        if (reportId == null) {
            return null;
        }
        if (view == null) {
            view = inbox.view(reportId);
        }
        return view;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getLastFileName() {
        return lastFileName;
    }

    public String getLastFileSha256() {
        return lastFileSha256;
    }
}
