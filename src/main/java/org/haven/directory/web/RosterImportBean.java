package org.haven.directory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.directory.application.RosterImport;
import org.haven.directory.domain.RosterError;
import org.haven.platform.i18n.Messages;
import org.haven.platform.web.FacesMessages;
import org.primefaces.model.file.UploadedFile;

import java.io.Serial;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The roster import page: upload a CSV file, see every error with its line, or what was imported. */
@Named
@ViewScoped
public class RosterImportBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    @Inject
    RosterImport rosterImport;

    private transient UploadedFile file;
    private RosterImport.Outcome outcome;

    public void upload() {
        outcome = null;
        if (file == null || file.getSize() == 0) {
            FacesMessages.error(null, "roster.noFile");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            FacesMessages.error(null, "roster.tooLarge", MAX_BYTES / (1024 * 1024));
            return;
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getContent())).toString();
        } catch (CharacterCodingException e) {
            FacesMessages.error(null, "roster.notUtf8");
            return;
        }
        outcome = rosterImport.importCsv(content, file.getFileName());
        if (outcome.imported()) {
            FacesMessages.info("roster.imported", outcome.students(), outcome.parents(), outcome.staff(),
                    outcome.accounts());
        } else {
            FacesMessages.error(null, "roster.refused", outcome.errors().size());
        }
    }

    /** An error as the page shows it: "Line 3: ...". */
    public String describe(RosterError error, Locale locale) {
        String text = Messages.text(locale, error.key(), error.args());
        return error.line() == 0 ? text : Messages.text(locale, "roster.line", error.line(), text);
    }

    /** The field an error is about in words ("School"), or null when it is about the whole line or file. */
    public String field(RosterError error, Locale locale) {
        return error.column() == null ? null : Messages.text(locale, "roster.column." + error.column());
    }

    public List<RosterError> getErrors() {
        return outcome == null ? List.of() : outcome.errors();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
