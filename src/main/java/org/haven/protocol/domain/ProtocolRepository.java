package org.haven.protocol.domain;

import java.util.List;
import java.util.Optional;

/** Storage of the protocol versions: every version stays, one of each protocol is active. */
public interface ProtocolRepository {

    void add(StoredProtocol stored);

    /** Writes pending changes now (the one-active-version constraint is checked between two steps). */
    void flush();

    Optional<StoredProtocol> active(String protocolId);

    Optional<StoredProtocol> version(String protocolId, int version);

    /** The active version of every protocol, by id. */
    List<StoredProtocol> activeVersions();

    /** Every stored version of a protocol, newest first. */
    List<StoredProtocol> history(String protocolId);
}
