package org.haven.cases.application;

import org.haven.cases.domain.CaseOrigin;
import org.haven.cases.domain.CaseStatus;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.PartyRole;
import org.haven.cases.domain.RiskLevel;
import org.haven.cases.domain.StepStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What pages and the API show of cases (texts of the protocol already in the reader's language). */
public final class CaseViews {

    private CaseViews() {
    }

    public record Row(long id, String number, String schoolName, CaseStatus status, String category, RiskLevel risk,
                      boolean urgent, boolean overdue, Instant nextDueAt, String nextStep, Instant openedAt,
                      boolean escalated) {
    }

    /** One dashboard page; next is the cursor of the following page, null on the last. */
    public record Page(List<Row> rows, String next) {
    }

    /** addedLater: added by the case's workers after filing (the filer does not see it). */
    public record Party(long id, Long personId, String name, String className, PartyRole part, boolean addedLater) {
    }

    public record Option(String id, String label) {
    }

    public record Field(String id, String label, String help, String type, boolean required, List<Option> options,
                        Integer min, Integer max, String value) {
    }

    public record Step(String id, String title, String guidance, String owner, String kind, StepStatus status,
                       Instant dueAt, boolean overdue, Instant doneAt, String formTitle, List<Field> fields,
                       String note, String skipReason, boolean skippable, boolean parentVisible,
                       boolean pupilVisible, boolean mayAct, List<String> waitingFor) {
    }

    /** A rule that fired: its id and actions in the protocol's notation (for tools), its title and actions in words. */
    public record Escalation(long id, String ruleId, String title, Instant firedAt, Instant decisionDueAt,
                             Instant decidedAt, String decision, boolean awaitsDecision, List<String> actions,
                             List<String> actionsInWords) {
    }

    public record FollowUp(long id, String label, LocalDate dueOn, Instant doneAt, String note) {
    }

    /** A recorded value of a step's form, with its label. */
    public record Value(String label, String value) {
    }

    public record Event(long id, Instant at, EventKind kind, String actor, String subject, String subjectTitle,
                        String detail, List<Value> values, boolean parentVisible, boolean pupilVisible) {
    }

    public record Detail(long id, String number, long schoolId, String schoolName, String protocolId,
                         int protocolVersion, String protocolTitle, CaseStatus status, CaseOrigin origin,
                         Long reportId, String category, String description, LocalDate occurredOn, String place,
                         Set<String> platforms, Set<String> riskTags, RiskLevel risk, boolean escalated,
                         Instant openedAt, Instant closedAt, String closingSummary, List<Party> parties,
                         List<Step> steps, List<Escalation> escalations, List<FollowUp> followUps,
                         boolean showHelpLines, boolean works, boolean mayClose, boolean mayDecide,
                         List<String> closingBlockers) {
    }
}
