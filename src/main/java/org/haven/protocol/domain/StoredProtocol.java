package org.haven.protocol.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A valid version of a protocol as it was loaded: its source is kept so that cases pinned to it run under it. */
@Entity
@Table(name = "protocol_version")
public class StoredProtocol {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "protocol_id", nullable = false, length = 64)
    private String protocolId;

    @Column(nullable = false)
    private int version;

    @Column(name = "source_name", nullable = false, length = 255)
    private String sourceName;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String source;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(name = "activated_by", length = 64)
    private String activatedBy;

    protected StoredProtocol() {
    }

    public StoredProtocol(String protocolId, int version, String sourceName, String source, String sha256,
                          Instant loadedAt, String activatedBy) {
        this.protocolId = protocolId;
        this.version = version;
        this.sourceName = sourceName;
        this.source = source;
        this.sha256 = sha256;
        this.loadedAt = loadedAt;
        this.activatedBy = activatedBy;
    }

    public void activate() {
        active = true;
    }

    public void supersede() {
        active = false;
    }

    public Long id() {
        return id;
    }

    public String protocolId() {
        return protocolId;
    }

    public int version() {
        return version;
    }

    public String sourceName() {
        return sourceName;
    }

    public String source() {
        return source;
    }

    public String sha256() {
        return sha256;
    }

    public boolean active() {
        return active;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public String activatedBy() {
        return activatedBy;
    }
}
