package org.haven.cases.application;

import org.haven.cases.application.CaseQueue.Kind;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.QueueEntry;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.protocol.domain.EscalationRule;
import org.haven.protocol.domain.ProtocolDefinition;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Writes the work queue's lines for one reading: what is asked in the reader's language, by when, whose. */
final class QueueLines {

    private final CaseEngine engine;
    private final CaseAccess access;
    private final SchoolAdministration schools;
    private final Instant now;
    private final Locale locale;
    private final Map<Long, String> schoolNames = new HashMap<>();

    QueueLines(CaseEngine engine, CaseAccess access, SchoolAdministration schools, Instant now, Locale locale) {
        this.engine = engine;
        this.access = access;
        this.schools = schools;
        this.now = now;
        this.locale = locale;
    }

    /**
     * A due step; in a case the reader only filed (a teacher's incident), only the steps the reader's role owns:
     * the others are the school team's work, not theirs (null: not shown).
     */
    CaseQueue.Line step(QueueEntry e) {
        CaseFile c = e.caseFile();
        var definition = engine.protocolOf(c).step(e.step().stepId());
        boolean yours = definition.map(d -> access.holds(c, d.owner())).orElse(false);
        if (!access.works(c) && !yours) {
            return null;
        }
        if (!access.works(c)) {
            // A filer's line: the step and its deadline, not the case's urgency (its risk is the team's to see).
            return new CaseQueue.Line(Kind.STEP, c.id(), c.number(), schoolNames.computeIfAbsent(c.schoolId(),
                    id -> schools.byId(id).map(SchoolView::name).orElse("")),
                    definition.map(d -> d.title().in(locale)).orElse(e.step().stepId()), e.step().dueAt(),
                    e.step().dueAt().isBefore(now), false, true);
        }
        String title = definition.map(d -> d.title().in(locale)).orElse(e.step().stepId());
        return line(Kind.STEP, c, title, e.step().dueAt(), e.step().dueAt().isBefore(now), yours);
    }

    CaseQueue.Line decision(QueueEntry e) {
        ProtocolDefinition protocol = engine.protocolOf(e.caseFile());
        String title = protocol.escalations().stream().filter(r -> r.id().equals(e.escalation().ruleId()))
                .map(EscalationRule::title).filter(t -> t != null).map(t -> t.in(locale)).findFirst().orElse(null);
        Instant due = e.escalation().decisionDueAt();
        return line(Kind.DECISION, e.caseFile(), title, due, due.isBefore(now), access.mayDecide(e.caseFile()));
    }

    CaseQueue.Line line(Kind kind, CaseFile c, String subject, Instant dueAt, boolean overdue, boolean yours) {
        String school = schoolNames.computeIfAbsent(c.schoolId(),
                id -> schools.byId(id).map(SchoolView::name).orElse(""));
        return new CaseQueue.Line(kind, c.id(), c.number(), school, subject, dueAt, overdue,
                c.attention() == org.haven.cases.domain.CaseAttention.URGENT, yours);
    }
}
