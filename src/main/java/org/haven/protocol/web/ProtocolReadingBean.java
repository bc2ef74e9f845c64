package org.haven.protocol.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.protocol.application.ProtocolAdministration;
import org.haven.protocol.application.ProtocolAdministration.VersionRow;
import org.haven.protocol.domain.ProtocolDefinition;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The reading page of one stored protocol version (/admin/protocol.xhtml?id=...&amp;version=...): what a district
 * adopts, in plain words, before it adopts it; the other stored versions are linked from it. View-scoped and
 * keeping only the id and version, so that the language switch (a postback that skips the view action) reads the
 * same version again in the other language.
 */
@Named("protocolReading")
@ViewScoped
public class ProtocolReadingBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProtocolAdministration administration;

    private String id;
    private Integer version;
    private transient ProtocolDefinition protocol;
    private List<VersionRow> versions = List.of();

    public void load() {
        if (id == null || id.isBlank()) {
            return;
        }
        versions = administration.versions(id);
        if (version == null) {
            version = versions.stream().filter(VersionRow::active).map(VersionRow::version).findFirst().orElse(null);
        }
        if (version != null) {
            protocol = administration.version(id, version).orElse(null);
        }
    }

    public ProtocolDefinition getProtocol() {
        if (protocol == null && id != null && version != null) {
            protocol = administration.version(id, version).orElse(null);
        }
        return protocol;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
