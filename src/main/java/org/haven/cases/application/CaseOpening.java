package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseOrigin;
import org.haven.cases.domain.CaseParty;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseTransition;
import org.haven.cases.domain.EventKind;
import org.haven.cases.domain.IncidentRules;
import org.haven.cases.domain.PartyRole;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.errors.Conflict;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.Role;
import org.haven.protocol.application.ProtocolCatalog;
import org.haven.protocol.application.SchoolCalendars;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.reporting.application.ReportHandover;
import org.haven.reporting.application.ReportHandover.ReportFacts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Opens cases: from a confidential report (a referent or the head of its school), or from an incident filed by
 * any adult of the school. The case pins the active version of its school's protocol, gets its steps, fires the
 * escalations its first facts call for and tells the school's referents and head, all in one transaction.
 */
@ApplicationScoped
public class CaseOpening {

    @Inject
    CaseRepository cases;

    @Inject
    CaseEngine engine;

    @Inject
    CaseEscalations escalations;

    @Inject
    CaseAccess access;

    @Inject
    CaseParties partyNames;

    @Inject
    ReportHandover reports;

    @Inject
    SchoolAdministration schools;

    @Inject
    ProtocolCatalog protocols;

    @Inject
    SchoolCalendars calendars;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    org.haven.insight.application.InsightCounts insight;

    /** Turns a report into a case, or gives the case it already became. */
    @Transactional
    public CaseFile openFromReport(long reportId) {
        Set<Long> scope = actor.require().schoolsWhere(Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL);
        ReportFacts report = reports.facts(reportId, scope).orElseThrow(() -> new NotFound(List.of(new FieldError("id", "report.notFound"))));
        var existing = cases.byReport(reportId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        CaseFile c = create(report.schoolId(), CaseOrigin.REPORT, report.id(), report.category(),
                report.description(), report.occurredOn(), null, report.platforms(), report.riskTags(), now);
        // Not parent-visible: parents are told at the protocol's step that tells them, with the pupil's consent.
        engine.record(c, EventKind.REPORT_RECEIVED, null, "@reporter", null, null, false, true, report.receivedAt());
        if (!report.anonymous() && report.reporterName() != null) {
            cases.add(new CaseParty(c.id(), null, report.reporterName(), report.reporterClass(),
                    report.witness() ? PartyRole.REPORTER : PartyRole.TARGET));
        }
        reports.caseOpened(reportId, c.number());
        insight.caseOpened(c.schoolId(), c.category(), report.receivedAt(), report.fromSurvey(), now);
        insight.reportActedOn(reportId, c.schoolId(), report.category(), report.receivedAt(), now);
        begin(c, EventKind.CASE_OPENED, now);
        return c;
    }

    /** Files an incident seen or heard by staff; opens its case at once. */
    @Transactional
    public CaseFile fileIncident(IncidentForm form) {
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        Set<Long> mySchools = access.schoolsWhereStaff();
        if (form.schoolId() == null || !mySchools.contains(form.schoolId())) {
            errors.add(new FieldError("school", "incident.school.invalid"));
        }
        errors.addAll(IncidentRules.check(form.category(), form.description(), form.occurredOn(), form.place(),
                form.platforms(), form.riskTags(), now.atZone(calendars.zone()).toLocalDate()));
        List<CaseParty> parties = errors.isEmpty() ? partyNames.resolve(form.schoolId(), form.parties(), errors)
                : List.of();
        if (errors.isEmpty() && parties.stream().noneMatch(p -> p.part() == PartyRole.TARGET)) {
            errors.add(new FieldError("parties", "incident.parties.target"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        Set<String> tags = new LinkedHashSet<>(form.riskTags());
        if (form.adultAuthor()) {
            tags.add(CaseFacts.ADULT_AUTHOR_TAG);
        }
        if (form.evidenceFiles()) {
            tags.add(CaseFacts.EVIDENCE_FILE_TAG);
        }
        if (form.evidenceLinks()) {
            tags.add(CaseFacts.EVIDENCE_LINK_TAG);
        }
        String place = form.place() == null || form.place().isBlank() ? null : form.place().strip();
        CaseFile c = create(form.schoolId(), CaseOrigin.STAFF, null, form.category(), form.description().strip(),
                form.occurredOn(), place, form.platforms(), tags, now);
        for (CaseParty p : parties) {
            cases.add(new CaseParty(c.id(), p.personId(), p.displayName(), p.className(), p.part()));
        }
        insight.caseOpened(c.schoolId(), c.category(), null, false, now);
        begin(c, EventKind.INCIDENT_FILED, now);
        return c;
    }

    private CaseFile create(long schoolId, CaseOrigin origin, Long reportId, String category, String description,
                            java.time.LocalDate occurredOn, String place, Set<String> platforms, Set<String> tags,
                            Instant now) {
        SchoolView school = schools.byId(schoolId).orElseThrow();
        String protocolId = protocols.protocolIdFor(school);
        ProtocolDefinition protocol = protocols.active(protocolId).orElseThrow(() -> new Conflict(List.of(new FieldError("school", "case.protocol.missing", protocolId))));
        HavenPrincipal me = actor.require();
        CaseFile c = cases.add(new CaseFile(schoolId, protocol.id(), protocol.version(), origin, reportId, category,
                description, occurredOn, place, platforms, tags, me.accountId(), now));
        c.number(calendars.zone());
        cases.add(CaseTransition.opened(c));
        return c;
    }

    private void begin(CaseFile c, EventKind opening, Instant now) {
        HavenPrincipal me = actor.require();
        engine.record(c, opening, me.accountId(), me.displayName(), c.number(), null, false, true, now);
        engine.start(c, now);
        escalations.escalate(c, now);
        engine.notifyRole(c, Role.REFERENT, "CASE_OPENED", c.riskLevel().isUrgent());
        engine.notifyRole(c, Role.HEAD_OF_SCHOOL, "CASE_OPENED", c.riskLevel().isUrgent());
        audit.record(actor.get().did("CASE_OPENED", "case", c.id(), c.schoolId(),
                c.number() + " " + c.protocolId() + " v" + c.protocolVersion()));
    }
}
