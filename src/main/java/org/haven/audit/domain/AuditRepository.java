package org.haven.audit.domain;

import java.util.List;

/** Storage of the audit chain. */
public interface AuditRepository {

    /** The head of the chain, locked until the current transaction ends. */
    AuditChainHead lockHead();

    void add(AuditEntry entry);

    /** Entries with a number above {@code afterId}, in order, at most {@code limit}. */
    List<AuditEntry> after(long afterId, int limit);

    /** The newest entries about one record, newest first. */
    List<AuditEntry> forRecord(String recordType, String recordId, int limit);

    /** The newest entries with one of the given actions, newest first. */
    List<AuditEntry> withAction(String action, int limit);
}
