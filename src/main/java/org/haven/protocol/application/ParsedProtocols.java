package org.haven.protocol.application;

import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.ProtocolInvalidException;
import org.haven.protocol.domain.StoredProtocol;
import org.haven.protocol.infrastructure.ProtocolParser;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Stored protocol versions once parsed, by id and version: a stored version never changes, so it is parsed once. */
final class ParsedProtocols {

    private final ProtocolParser parser = new ProtocolParser();
    private final Map<String, ProtocolDefinition> parsed = new ConcurrentHashMap<>();

    void remember(ProtocolDefinition definition) {
        parsed.put(key(definition.id(), definition.version()), definition);
    }

    Optional<ProtocolDefinition> cached(String protocolId, int version) {
        return Optional.ofNullable(parsed.get(key(protocolId, version)));
    }

    ProtocolDefinition definition(StoredProtocol stored) {
        return parsed.computeIfAbsent(key(stored.protocolId(), stored.version()), k -> {
            try {
                return parser.parse(stored.sourceName(), stored.source());
            } catch (ProtocolInvalidException e) {
                throw new IllegalStateException("stored protocol " + k + " no longer parses: " + e.problems(), e);
            }
        });
    }

    private static String key(String id, int version) {
        return id + "@" + version;
    }
}
