package org.haven.protocol.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;
import org.haven.protocol.application.ProtocolAdministration;
import org.haven.protocol.application.ProtocolAdministration.Candidate;
import org.haven.protocol.application.ProtocolAdministration.ProtocolRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The district administrator's protocol page (/admin/protocols.xhtml): which protocol each school follows, and
 * uploading a new version: checked, shown as a difference from the active version, activated on confirmation.
 */
@Named("protocolsBean")
@ViewScoped
public class ProtocolsBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProtocolAdministration administration;

    @Inject
    SchoolAdministration schools;

    private transient Part file;
    private String fileName;
    private String source;
    private transient Candidate candidate;
    private final Map<Long, String> assignments = new HashMap<>();
    private transient List<ProtocolRow> rows;
    private transient List<SchoolView> schoolList;

    public void upload() {
        candidate = null;
        source = null;
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("upload:file", "protocol.upload.required");
            return;
        }
        if (file.getSize() > ProtocolAdministration.MAX_SOURCE_CHARS * 4L) {
            FacesMessages.error("upload:file", "protocol.upload.tooLarge");
            return;
        }
        try {
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readAllBytes();
            }
            source = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            FacesMessages.error("upload:file", "protocol.upload.encoding");
            return;
        } catch (IOException e) {
            FacesMessages.error("upload:file", "protocol.upload.unreadable");
            return;
        }
        fileName = file.getSubmittedFileName();
        candidate = administration.check(fileName, source);
    }

    public void activate() {
        try {
            var p = administration.activate(fileName, source);
            FacesMessages.info("protocol.upload.activated", p.id(), p.version());
            candidate = null;
            source = null;
            rows = null;
        } catch (Refusal e) {
            FacesMessages.show(e, "confirm:");
        }
    }

    public void cancel() {
        candidate = null;
        source = null;
    }

    public void assign(long schoolId) {
        try {
            administration.assign(schoolId, assignments.get(schoolId));
            FacesMessages.info("protocol.assign.done");
            rows = null;
            schoolList = null;
        } catch (Refusal e) {
            FacesMessages.show(e, "schools:");
        }
    }

    public List<ProtocolRow> getRows() {
        if (rows == null) {
            rows = administration.overview(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return rows;
    }

    public List<SchoolView> getSchools() {
        if (schoolList == null) {
            schoolList = schools.activeSchools();
            schoolList.forEach(s -> assignments.putIfAbsent(s.id(), s.protocolId() == null ? "" : s.protocolId()));
        }
        return schoolList;
    }

    public Candidate getCandidate() {
        if (candidate == null && source != null) {
            candidate = administration.check(fileName, source);
        }
        return candidate;
    }

    public Map<Long, String> getAssignments() {
        return assignments;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
