package org.haven.protocol.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.directory.application.SchoolView;
import org.haven.directory.domain.SchoolLevel;
import org.haven.platform.security.SecretTokens;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.ProtocolRepository;
import org.haven.protocol.domain.StoredProtocol;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The protocol versions the district has: every valid version ever activated stays stored (cases pinned to it run
 * under it), one version of each protocol is active for new cases. Parsed definitions are cached by id and version
 * (a stored version never changes).
 */
@ApplicationScoped
public class ProtocolCatalog {

    /** What loading a protocol file did. */
    public enum Outcome {
        ADDED_AND_ACTIVATED, ADDED, ALREADY_STORED, REFUSED_CHANGED_VERSION
    }

    @Inject
    ProtocolRepository store;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "haven.protocol.default.primary", defaultValue = "fr-primary")
    String defaultPrimary;

    @Inject
    @ConfigProperty(name = "haven.protocol.default.secondary", defaultValue = "fr-secondary")
    String defaultSecondary;

    private final ParsedProtocols parsed = new ParsedProtocols();

    /**
     * Stores a valid version unless it is already there; activates it when it is newer than the active one (or
     * always, when asked). A stored version whose text changed without a new number is refused: a released version
     * must never change under the cases that run on it.
     */
    @Transactional
    public Outcome store(ProtocolDefinition definition, String sourceName, String source, String by,
                         boolean activateEvenIfOlder) {
        String hash = SecretTokens.sha256(source);
        Optional<StoredProtocol> same = version(definition.id(), definition.version());
        if (same.isPresent()) {
            return same.get().sha256().equals(hash) ? Outcome.ALREADY_STORED : Outcome.REFUSED_CHANGED_VERSION;
        }
        StoredProtocol stored = new StoredProtocol(definition.id(), definition.version(), sourceName, source, hash,
                clock.instant(), by);
        store.add(stored);
        Optional<StoredProtocol> active = activeVersion(definition.id());
        if (active.isEmpty() || activateEvenIfOlder || active.get().version() < definition.version()) {
            active.ifPresent(StoredProtocol::supersede);
            store.flush();
            stored.activate();
            store.flush();
            parsed.remember(definition);
            return Outcome.ADDED_AND_ACTIVATED;
        }
        store.flush();
        return Outcome.ADDED;
    }

    /** The active version of a protocol. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProtocolDefinition> active(String protocolId) {
        return activeVersion(protocolId).map(this::definition);
    }

    /** The version a case pinned: always there, since stored versions are never deleted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProtocolDefinition pinned(String protocolId, int version) {
        return parsed.cached(protocolId, version).orElseGet(() -> version(protocolId, version).map(this::definition)
                .orElseThrow(() -> new IllegalStateException("protocol " + protocolId + " v" + version + " missing")));
    }

    /** The active version of every protocol, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredProtocol> activeVersions() {
        return store.activeVersions();
    }

    /**
     * The steps of the active protocols by id with their titles in this language (the first protocol's title when
     * two protocols share an id): what the case dashboard's "step due" filter and the statistics' "overdue steps by
     * step" name, never the id itself.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> activeStepTitles(Locale locale) {
        Map<String, String> steps = new LinkedHashMap<>();
        for (StoredProtocol stored : activeVersions()) {
            definition(stored).steps().forEach(s -> steps.putIfAbsent(s.id(), s.title().in(locale)));
        }
        return steps;
    }

    /** Every stored version of a protocol, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredProtocol> history(String protocolId) {
        return store.history(protocolId);
    }

    /** The protocol a school follows: its own choice, or the default for its level. */
    public String protocolIdFor(SchoolView school) {
        if (school.protocolId() != null) {
            return school.protocolId();
        }
        return school.level() == SchoolLevel.PRIMARY ? defaultPrimary : defaultSecondary;
    }

    public ProtocolDefinition parse(StoredProtocol stored) {
        return definition(stored);
    }

    private ProtocolDefinition definition(StoredProtocol stored) {
        return parsed.definition(stored);
    }

    private Optional<StoredProtocol> activeVersion(String protocolId) {
        return store.active(protocolId);
    }

    private Optional<StoredProtocol> version(String protocolId, int version) {
        return store.version(protocolId, version);
    }
}
