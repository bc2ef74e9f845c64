package org.haven.directory.application;

import org.haven.directory.domain.School;
import org.haven.directory.domain.SchoolLevel;

import java.io.Serializable;

/** A school as pages and the API show it; protocolId is null when the school follows its level's default. */
public record SchoolView(long id, String code, String name, SchoolLevel level, boolean active, String protocolId)
        implements Serializable {

    static SchoolView of(School s) {
        return new SchoolView(s.id(), s.code().value(), s.name(), s.level(), s.active(), s.protocolId());
    }
}
