package org.haven.evidence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One slice of an evidence file: at most 1 MiB of the original, sealed with AES-256-GCM ({@code ChunkCipher}),
 * or in clear for a blob stored before the vault until the start-up job seals it.
 */
@Entity
@Table(name = "evidence_chunk")
@IdClass(EvidenceChunk.Key.class)
public class EvidenceChunk {

    public static final int SIZE = 1024 * 1024;

    /** The chunk's key: its file and its place in it. */
    public static class Key implements Serializable {
        private Long evidenceId;
        private Integer seq;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.evidenceId, evidenceId)
                    && Objects.equals(k.seq, seq);
        }

        @Override
        public int hashCode() {
            return Objects.hash(evidenceId, seq);
        }
    }

    @Id
    @Column(name = "evidence_id")
    private Long evidenceId;

    @Id
    @Column(name = "seq")
    private Integer seq;

    @Column(nullable = false, columnDefinition = "MEDIUMBLOB")
    private byte[] data;

    protected EvidenceChunk() {
    }

    public EvidenceChunk(long evidenceId, int seq, byte[] data) {
        this.evidenceId = evidenceId;
        this.seq = seq;
        this.data = data;
    }

    /** Re-sealed in place (key rotation, sealing of a legacy blob): the row keeps its key. */
    public void replace(byte[] sealed) {
        this.data = sealed;
    }

    public byte[] data() {
        return data;
    }
}
