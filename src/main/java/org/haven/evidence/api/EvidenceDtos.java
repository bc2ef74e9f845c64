package org.haven.evidence.api;

import org.haven.evidence.application.EvidenceViews;

import java.util.List;

/** The vault's files as the REST API shows them: never an entity, only what a client may read. */
public final class EvidenceDtos {

    private EvidenceDtos() {
    }

    /** One file as the API shows it. */
    public record FileDto(long id, String fileName, String contentType, long size, String sha256, String addedAt,
                          String addedBy, String addedFrom, boolean integrityAlert, String removedAt,
                          List<CustodyDto> custody) {
        static FileDto of(EvidenceViews.Item i) {
            return new FileDto(i.id(), i.fileName(), i.contentType(), i.size(), i.sha256(), i.addedAt().toString(),
                    i.addedBy(), i.addedFrom() == null ? null : i.addedFrom().name(), i.alert(),
                    i.purgedAt() == null ? null : i.purgedAt().toString(),
                    i.custody().stream().map(c -> new CustodyDto(c.at().toString(), c.action().name(), c.actor(),
                            c.role(), c.place())).toList());
        }
    }

    /** One link of a custody log. */
    public record CustodyDto(String at, String action, String actor, String role, String place) {
    }
}
