package org.haven.protocol.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.errors.Invalid;
import org.haven.platform.text.Texts;
import org.haven.protocol.domain.DiffLine;
import org.haven.protocol.domain.Phrase;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.ProtocolDiff;
import org.haven.protocol.domain.ProtocolInvalidException;
import org.haven.protocol.domain.ProtocolProblem;
import org.haven.protocol.domain.StoredProtocol;
import org.haven.protocol.infrastructure.ProtocolParser;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The district administrator's side of protocols: which protocol each school follows, and new versions uploaded
 * in the admin pages, validated like the files at start-up, shown as a difference from the active version, and
 * activated only on confirmation. Running cases keep the version they pinned.
 */
@ApplicationScoped
public class ProtocolAdministration {

    public static final int MAX_SOURCE_CHARS = 500_000;

    /** A protocol as the admin pages list it, with the schools that follow it. */
    public record ProtocolRow(String id, int version, String title, List<String> appliesTo, Instant loadedAt,
                              String activatedBy, List<String> schools) {
    }

    /**
     * What an uploaded file would do: its problems (file:line, plain words), or the protocol it defines and the
     * difference from the active version. activatable is false when the version is not newer than the active one.
     */
    public record Candidate(ProtocolDefinition protocol, List<ProtocolProblem> problems, Integer activeVersion,
                            List<DiffLine> changes, boolean activatable) {
    }

    @Inject
    ProtocolCatalog catalog;

    @Inject
    SchoolAdministration schools;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProtocolRow> overview(Locale locale) {
        List<SchoolView> all = schools.activeSchools();
        return catalog.activeVersions().stream().map(p -> {
            ProtocolDefinition d = catalog.parse(p);
            return new ProtocolRow(p.protocolId(), p.version(), d.title().in(locale),
                    d.appliesTo().stream().sorted().map(Enum::name).toList(), p.loadedAt(), p.activatedBy(),
                    all.stream().filter(s -> catalog.protocolIdFor(s).equals(p.protocolId())).map(SchoolView::name)
                            .toList());
        }).toList();
    }

    /** A stored version (shipped or uploaded, active or not) to read before adopting it; empty when unknown. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProtocolDefinition> version(String protocolId, int version) {
        return catalog.history(protocolId).stream().filter(p -> p.version() == version).findFirst()
                .map(catalog::parse);
    }

    /** Every stored version of a protocol, newest first: number and whether it is the active one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionRow> versions(String protocolId) {
        return catalog.history(protocolId).stream()
                .map(p -> new VersionRow(p.version(), p.active(), p.loadedAt())).toList();
    }

    /** One stored version of a protocol as the reading page links to it. */
    public record VersionRow(int version, boolean active, Instant loadedAt) implements Serializable {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Candidate check(String fileName, String source) {
        String name = fileName == null || fileName.isBlank() ? "upload.yaml" : fileName.strip();
        if (source == null || source.isBlank()) {
            return new Candidate(null, List.of(new ProtocolProblem(name, 1,
                    Phrase.of("protocol.problem.file.blank"))), null, List.of(),
                    false);
        }
        if (source.length() > MAX_SOURCE_CHARS) {
            return new Candidate(null, List.of(new ProtocolProblem(name, 1,
                    Phrase.of("protocol.problem.file.tooLarge", MAX_SOURCE_CHARS))), null,
                    List.of(), false);
        }
        try {
            ProtocolDefinition candidate = new ProtocolParser().parse(name, source);
            Optional<ProtocolDefinition> active = catalog.active(candidate.id());
            Integer activeVersion = active.map(ProtocolDefinition::version).orElse(null);
            boolean newer = activeVersion == null || candidate.version() > activeVersion;
            return new Candidate(candidate, List.of(), activeVersion,
                    ProtocolDiff.between(active.orElse(null), candidate), newer);
        } catch (ProtocolInvalidException e) {
            return new Candidate(null, e.problems(), null, List.of(), false);
        }
    }

    /** Validates again and activates; refuses an invalid file or a version not newer than the active one. */
    @Transactional
    public ProtocolDefinition activate(String fileName, String source) {
        Candidate candidate = check(fileName, source);
        if (candidate.protocol() == null) {
            throw Invalid.of("file", "protocol.upload.invalid", candidate.problems().size());
        }
        if (!candidate.activatable()) {
            throw Invalid.of("file", "protocol.upload.notNewer", candidate.activeVersion());
        }
        ProtocolDefinition p = candidate.protocol();
        ProtocolCatalog.Outcome outcome = catalog.store(p, fileName == null ? "upload.yaml" : fileName.strip(),
                source, actor.require().username(), false);
        if (outcome != ProtocolCatalog.Outcome.ADDED_AND_ACTIVATED) {
            throw Invalid.of("file", "protocol.upload.notNewer", candidate.activeVersion());
        }
        audit.record(actor.get().did("PROTOCOL_ACTIVATED", "protocol", p.id() + "@" + p.version(), null,
                candidate.changes().size() + " changes"));
        return p;
    }

    /** Makes a school follow a protocol (null or blank: its level's default); the protocol must apply to it. */
    @Transactional
    public void assign(long schoolId, String protocolId) {
        SchoolView school = schools.byId(schoolId)
                .orElseThrow(() -> Invalid.of("school", "school.notFound"));
        String chosen = Texts.strippedOrNull(protocolId);
        if (chosen != null) {
            ProtocolDefinition p = catalog.active(chosen)
                    .orElseThrow(() -> Invalid.of("protocol", "protocol.assign.unknown"));
            if (!p.appliesTo(school.level())) {
                throw Invalid.of("protocol", "protocol.assign.level");
            }
        }
        schools.assignProtocol(schoolId, chosen);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredProtocol> history(String protocolId) {
        return catalog.history(protocolId);
    }
}
