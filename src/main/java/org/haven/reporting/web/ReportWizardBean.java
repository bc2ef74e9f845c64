package org.haven.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.evidence.application.EvidenceIntake;
import org.haven.platform.errors.Refusal;
import org.haven.platform.security.ClientKey;
import org.haven.platform.web.FacesMessages;
import org.haven.platform.web.LocaleBean;
import org.haven.reporting.application.AbuseLimits;
import org.haven.reporting.application.ReportHelpLines;
import org.haven.reporting.application.ReportSubmission;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The report wizard (/report/index.xhtml): one form, sent once with its files. After sending, the page shows
 * the receipt a single time (it is dropped as it is rendered, see {@link #getReceipt()}) and offers the proof of
 * reporting. Sending the same page again (a reload that re-posts) sends nothing twice.
 */
@Named("reportWizard")
@ViewScoped
public class ReportWizardBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "report:";
    private static final Logger LOG = Logger.getLogger(ReportWizardBean.class.getName());

    @Inject
    ReportSubmission submission;

    @Inject
    ReportHelpLines helpLines;

    @Inject
    AbuseLimits limits;

    @Inject
    SchoolAdministration schools;

    @Inject
    CurrentActor actor;

    @Inject
    StudentDefaults studentDefaults;

    @Inject
    LocaleBean locale;

    @Inject
    LocalTimes times;

    private final WizardAnswers answers = new WizardAnswers();
    private transient List<Part> files;
    private transient List<SchoolView> schoolList;
    private SentReport sent;
    private final OneTimeReceipt receipt = new OneTimeReceipt();
    private boolean signedInStudent;
    /** Set when the last send failed (the database down...): the help lines that fit the answers, from memory. */
    private List<SentReport.Line> notSentHelpLines;

    @PostConstruct
    void init() {
        signedInStudent = studentDefaults.fill(answers);
    }

    public void submit() {
        if (sent != null) {
            return;
        }
        notSentHelpLines = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String address = ClientKey.of(request);
        String device = ClientKey.ofDevice(request.getSession(true).getId());
        List<Part> given = files == null ? List.of() : files;
        WizardAnswers.Prepared prepared = answers.prepare(times.zone());
        AbuseLimits.Admission admission = limits.admit(address, device, prepared.form());
        if (!admission.admitted()) {
            faces.getExternalContext().setResponseStatus(429);
            FacesMessages.error(null, "report.tooMany");
            WizardErrors.filesToAddAgain(given);
            files = null;
            return;
        }
        try (Uploads uploads = Uploads.of(given, "evidence")) {
            sent = new SentReport(submission.submit(prepared.form(), uploads.attachments(), actor.principal(),
                    locale.getLocale(), admission == AbuseLimits.Admission.ADMITTED_OVER_LIMIT), locale.getLocale());
            limits.reported(address, device);
        } catch (Refusal e) {
            FacesMessages.show(WizardErrors.onPage(e, prepared.linkRows()), FORM);
            WizardErrors.filesToAddAgain(given);
        } catch (IOException e) {
            FacesMessages.error(FORM + "evidence", "report.files.unreadable");
        } catch (RuntimeException e) {
            // Any other failure (the database down...): nothing was stored; the answers stay on this page, and the
            // help lines come from the message bundle, which needs no database.
            LOG.log(Level.WARNING, "A report could not be stored; its author keeps the draft", e);
            faces.getExternalContext().setResponseStatus(503);
            FacesMessages.error(null, "report.sendFailed");
            notSentHelpLines = SentReport.emergencyFirst(helpLines.whileDown(prepared.form(),
                    locale.getLocale()).stream().map(SentReport.Line::of).toList());
            WizardErrors.filesToAddAgain(given);
        } finally {
            files = null;
        }
    }

    /** The receipt, for the one response that shows it (see {@link OneTimeReceipt}). */
    public String getReceipt() {
        return sent == null ? null : receipt.show(sent, FacesContext.getCurrentInstance());
    }

    /** The proof of reporting as a small text file (date, school, fingerprint; never the content). */
    public void downloadProof() throws IOException {
        if (sent == null) {
            return;
        }
        ProofOfReporting.download(sent, locale.getLocale(), times.zone());
    }

    public List<SchoolView> getSchools() {
        if (schoolList == null) {
            schoolList = schools.activeSchools();
        }
        return schoolList;
    }

    /** The help lines to show above the kept draft after a failed send, or null when the last send did not fail. */
    public List<SentReport.Line> getNotSentHelpLines() {
        return notSentHelpLines;
    }

    /** Whether those help lines hold 112 (else the page adds it from the bundle: never missing, never twice). */
    public boolean isNotSentEmergencyListed() {
        return notSentHelpLines != null && notSentHelpLines.stream().anyMatch(l -> "112".equals(l.tel()));
    }

    public WizardAnswers getAnswers() {
        return answers;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }

    /** The sent report, its help lines in the page's language (named again after a language switch). */
    public SentReport getSent() {
        if (sent != null && !sent.isIn(locale.getLocale())) {
            sent.helpLinesIn(locale.getLocale(), helpLines.forRisks(sent.riskTags(), locale.getLocale()));
        }
        return sent;
    }

    public boolean isSignedInStudent() {
        return signedInStudent;
    }

    public int getMaxFiles() {
        return EvidenceIntake.MAX_FILES;
    }
}
