package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseOrigin;
import org.haven.cases.domain.CaseParty;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseTransition;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.PartyRole;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolAdministration.RosterPupil;
import org.haven.directory.application.SchoolView;
import org.haven.platform.security.Role;
import org.haven.protocol.application.ProtocolCatalog;
import org.haven.protocol.application.SchoolCalendars;
import org.haven.protocol.domain.ProtocolDefinition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The demo district's cases, so that a newcomer sees the workflow at once: an urgent case awaiting the head's
 * decision, a case with overdue steps, a case closed with a follow-up check-in due, and a primary-school case at
 * its first step. Written through the same engine as real cases, with times in the past. Demo mode only.
 */
@ApplicationScoped
public class DemoCases {

    private static final DemoTexts TEXTS = DemoCaseWork.TEXTS;

    @Inject
    CaseRepository cases;

    @Inject
    CaseEngine engine;

    @Inject
    CaseEscalations escalations;

    @Inject
    SchoolAdministration schools;

    @Inject
    ProtocolCatalog protocols;

    @Inject
    SchoolCalendars calendars;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    DemoCaseWork demoWork;

    @Inject
    Clock clock;

    @Inject
    org.haven.insight.application.InsightCounts insight;

    /** Returns the numbers of the cases made, none when the demo district already has cases. */
    @Transactional
    public List<String> loadIfAbsent() {
        if (cases.count() > 0) {
            return List.of();
        }
        Instant now = clock.instant();
        CaseFile urgent = open("DEMO-COLLEGE", "THREATS", TEXTS.text("urgent.description"), Set.of("SNAPCHAT"),
                Set.of("self_harm", "threats"), now.minus(Duration.ofMinutes(35)));
        CaseFile overdue = open("DEMO-LYCEE", "INSULTS", TEXTS.text("overdue.description"), Set.of("WHATSAPP"),
                Set.of(), now.minus(Duration.ofDays(9)));
        demoWork.work(overdue, List.of("acknowledge"), now.minus(Duration.ofDays(8)));
        CaseFile closed = open("DEMO-COLLEGE", "EXCLUSION", TEXTS.text("closed.description"), Set.of("INSTAGRAM"),
                Set.of(), now.minus(Duration.ofDays(60)));
        Instant at = now.minus(Duration.ofDays(59));
        while (demoWork.workAll(closed, at)) {
            at = at.plus(Duration.ofHours(20));
        }
        demoWork.close(closed, now.minus(Duration.ofDays(15)));
        CaseFile primary = open("DEMO-ECOLE", "HUMILIATION", TEXTS.text("primary.description"), Set.of(),
                Set.of(), now.minus(Duration.ofHours(3)));
        deadlines.sweep(now);
        return List.of(urgent.number(), overdue.number(), closed.number(), primary.number());
    }

    private CaseFile open(String schoolCode, String category, String description, Set<String> platforms,
                          Set<String> risk, Instant at) {
        SchoolView school = schools.byCode(schoolCode).orElseThrow();
        ProtocolDefinition protocol = protocols.active(protocols.protocolIdFor(school)).orElseThrow();
        Long teacher = schools.accountsWithRole(school.id(), List.of(Role.TEACHER)).stream().findFirst().orElse(null);
        CaseFile c = cases.add(new CaseFile(school.id(), protocol.id(), protocol.version(), CaseOrigin.STAFF, null,
                category, description, at.atZone(calendars.zone()).toLocalDate(), null, platforms, risk, teacher, at));
        c.number(calendars.zone());
        cases.add(CaseTransition.opened(c));
        List<RosterPupil> pupils = schools.pupils(school.id(), null, 3);
        if (!pupils.isEmpty()) {
            RosterPupil target = pupils.get(0);
            cases.add(new CaseParty(c.id(), target.personId(), target.fullName(), target.className(), PartyRole.TARGET));
        }
        cases.add(new CaseParty(c.id(), null, TEXTS.text("author"), null, PartyRole.ALLEGED_AUTHOR));
        engine.record(c, EventKind.INCIDENT_FILED, teacher, "Demo", c.number(), null, false, true, at);
        insight.caseOpened(c.schoolId(), category, null, false, at);
        engine.start(c, at);
        escalations.escalate(c, at);
        return c;
    }
}
