package org.haven.family.application;

import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.PartyRole;
import org.haven.family.domain.MessageKind;
import org.haven.safeguarding.domain.DisclosureBasis;
import org.haven.safeguarding.domain.RecipientKind;

import java.time.Instant;
import java.util.List;

/** What the parent portal shows, and what the school sees of its exchanges with parents. */
public final class FamilyViews {

    private FamilyViews() {
    }

    /** One of the signed-in parent's children in a case, with their part. */
    public record ChildPart(long personId, String firstName, PartyRole part) {
    }

    /** A case of my child, as a list row. */
    public record CaseRow(long caseId, String number, String schoolName, CaseStatus status, Instant openedAt,
                          Instant closedAt, List<ChildPart> children, long toAcknowledge) {
    }

    /** A parent-visible timeline entry; acknowledgedAt is null until I confirm reading it. */
    public record Entry(long eventId, Instant at, EventKind kind, String stepTitle, Instant acknowledgedAt) {
    }

    public record NextStep(String title, Instant dueAt) {
    }

    public record Contact(String name, String email) {
    }

    /** A message of my thread with the school (author: "you" for mine, else the staff member's name). */
    public record Message(long id, boolean fromParent, String author, MessageKind kind, String body, Instant sentAt) {
    }

    /** One disclosure about my child: who was told what, when, why, on which basis. */
    public record DisclosureLine(Instant at, String childFirstName, RecipientKind recipientKind, String recipient,
                                 String what, String why, DisclosureBasis basis) {
    }

    public record CaseDetail(CaseRow summary, List<Entry> timeline, List<NextStep> nextSteps,
                             List<Contact> referents, List<Message> messages, List<DisclosureLine> disclosures,
                             boolean open) {
    }

    /** For the school: one parent's thread about the case. */
    public record Thread(long parentAccountId, String parentName, String childName, List<Message> messages) {
    }

    /** For the school: a parent confirmed reading an entry. */
    public record Acknowledged(long eventId, String parentName, Instant at) {
    }

    public record Desk(List<Thread> threads, List<Acknowledged> acknowledgements) {
    }
}
