package org.haven.notify.application;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Names the records notifications are about (issue 23: "which report or case"), from what a notification stores:
 * its record type and id. Implemented by the features that own the records (cases, reporting), found by CDI, so
 * that notify, which those features call, never calls them back directly. One call per record type and page of
 * notifications, never one per notification.
 */
public interface RecordSubjects {

    /** The record's number as people cite it and its school's name. */
    record Subject(String number, String schoolName) {
    }

    /** The record types this names, as stored in notification.record_type. */
    Set<String> types();

    /** The subject of each record of this type that still exists, by its id as stored. */
    Map<String, Subject> describe(String recordType, Collection<Long> ids);
}
