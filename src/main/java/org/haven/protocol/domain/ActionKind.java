package org.haven.protocol.domain;

/** What an escalation or overdue rule does. */
public enum ActionKind {
    NOTIFY, REMIND_OWNER, REFERRAL, REQUIRE_DECISION, SHOW_HELP_LINES
}
