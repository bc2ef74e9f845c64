package org.haven.family.domain;

/** A message of a parent's thread, or a parent's request for a meeting (with their availability). */
public enum MessageKind {
    MESSAGE, MEETING_REQUEST
}
