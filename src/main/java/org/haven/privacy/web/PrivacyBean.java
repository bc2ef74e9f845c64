package org.haven.privacy.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.audit.application.CurrentActor;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;
import org.haven.privacy.application.LegalHolds;
import org.haven.privacy.application.Retention;
import org.haven.privacy.application.SubjectRequests;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The district admin's privacy page (admin/privacy.xhtml): the retention dry run and a purge now, legal holds, and
 * access (a ZIP download) and erasure requests for a named person.
 */
@Named
@ViewScoped
public class PrivacyBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient Retention retention;

    @Inject
    transient LegalHolds holds;

    @Inject
    transient SubjectRequests requests;

    @Inject
    transient CurrentActor actor;

    private transient List<Retention.Line> lines;
    private String caseNumber;
    private String reason;
    private String subject;

    public List<Retention.Line> getLines() {
        if (lines == null) {
            lines = retention.dryRun();
        }
        return lines;
    }

    public List<LegalHolds.Hold> getHolds() {
        return holds.holds();
    }

    public void purge() {
        retention.purge(actor.get());
        lines = null;
        FacesMessages.info("privacy.purged");
    }

    public void hold() {
        try {
            holds.hold(actor.get(), caseNumber, reason);
            FacesMessages.info("privacy.hold.set");
            caseNumber = null;
            reason = null;
            lines = null;
        } catch (Refusal e) {
            FacesMessages.show(e, "hold:");
        }
    }

    public void release(String number) {
        try {
            holds.release(actor.get(), number);
            FacesMessages.info("privacy.hold.released");
            lines = null;
        } catch (Refusal e) {
            FacesMessages.show(e, "hold:");
        }
    }

    public void export() throws IOException {
        Optional<byte[]> zip = requests.export(actor.get(), subject);
        if (zip.isEmpty()) {
            FacesMessages.error("request:subject", "privacy.subject.unknown");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType("application/zip");
        ext.setResponseContentLength(zip.get().length);
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"haven-subject-access.zip\"");
        ext.getResponseOutputStream().write(zip.get());
        faces.responseComplete();
    }

    public void erase() {
        SubjectRequests.Outcome o = requests.erase(actor.get(), subject);
        switch (o.outcome()) {
            case "DONE" -> {
                FacesMessages.info("privacy.erasure.done");
                subject = null;
            }
            case "REFUSED" -> FacesMessages.error("request:subject", o.reason());
            default -> FacesMessages.error("request:subject", "privacy.subject.unknown");
        }
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }
}
