package org.haven.cases.domain;

/** The part a person plays in a case. */
public enum PartyRole {
    TARGET, ALLEGED_AUTHOR, WITNESS, REPORTER
}
