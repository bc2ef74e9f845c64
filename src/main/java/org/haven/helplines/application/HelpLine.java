package org.haven.helplines.application;

/** A help line as a pupil sees it, in their language; {@code tel} is the number to dial. */
public record HelpLine(String name, String phone, String tel, String hours, String purpose)
        implements java.io.Serializable {
}
