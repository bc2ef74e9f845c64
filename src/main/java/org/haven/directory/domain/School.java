package org.haven.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/** A school of the district, where pupils report and cases are run. */
@Entity
@Table(name = "school")
public class School {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Convert(converter = SchoolCodeConverter.class)
    @Column(nullable = false, length = 20, unique = true)
    private SchoolCode code;

    /** The same column as text, for searching. */
    @Column(name = "code", insertable = false, updatable = false)
    private String codeText;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SchoolLevel level;

    @Column(nullable = false)
    private boolean active = true;

    /** The protocol the school follows; null: the default for its level. */
    @Column(name = "protocol_id", length = 64)
    private String protocolId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected School() {
    }

    public School(Long districtId, SchoolCode code, String name, SchoolLevel level, Instant createdAt) {
        this.districtId = Objects.requireNonNull(districtId, "District is required.");
        this.code = Objects.requireNonNull(code, "School code is required.");
        rename(name);
        this.level = Objects.requireNonNull(level, "School level is required.");
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void rename(String newName) {
        Objects.requireNonNull(newName, "School name is required.");
        String stripped = newName.strip();
        if (stripped.isEmpty() || stripped.length() > NAME_MAX) {
            throw new IllegalArgumentException("School name must be 1 to " + NAME_MAX + " characters.");
        }
        this.name = stripped;
    }

    public void changeLevel(SchoolLevel newLevel) {
        this.level = Objects.requireNonNull(newLevel, "School level is required.");
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void followProtocol(String newProtocolId) {
        this.protocolId = newProtocolId;
    }

    public String protocolId() {
        return protocolId;
    }

    public Long id() {
        return id;
    }

    public Long districtId() {
        return districtId;
    }

    public SchoolCode code() {
        return code;
    }

    public String name() {
        return name;
    }

    public SchoolLevel level() {
        return level;
    }

    public boolean active() {
        return active;
    }
}
