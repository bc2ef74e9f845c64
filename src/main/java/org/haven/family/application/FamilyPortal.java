package org.haven.family.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.application.CaseGate;
import org.haven.cases.application.CaseGate.PupilCase;
import org.haven.cases.domain.PartyRole;
import org.haven.directory.application.Contacts;
import org.haven.directory.application.SchoolAdministration;
import org.haven.family.domain.Acknowledgement;
import org.haven.family.domain.FamilyMessage;
import org.haven.family.domain.FamilyRepository;
import org.haven.family.domain.MessageKind;
import org.haven.family.domain.ParentSight;
import org.haven.notify.application.Notifications;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.security.Role;
import org.haven.safeguarding.application.ConsentRecords;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parent portal: the cases of my children I may follow ({@link FamilyScope}), what the protocol lets parents
 * see of each (status, parent-visible entries without their details, next steps that concern us, the referents'
 * contacts), acknowledging an entry, my thread with the school (messages, meeting requests), and the disclosure
 * record of my own child. Never staff notes, evidence or another child's name. Every read and change is audited.
 */
@ApplicationScoped
public class FamilyPortal {

    public static final String MESSAGE_KIND = "FAMILY_MESSAGE";
    public static final String MEETING_KIND = "FAMILY_MEETING_REQUEST";

    @Inject
    FamilyScope scope;

    @Inject
    ParentTimeline timeline;

    @Inject
    CaseGate cases;

    @Inject
    FamilyRepository family;

    @Inject
    ConsentRecords consent;

    @Inject
    Contacts contacts;

    @Inject
    SchoolAdministration schools;

    @Inject
    Notifications notifications;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public List<FamilyViews.CaseRow> myCases(Locale locale) {
        Map<Long, List<PupilCase>> byCase = scope.myParts().stream()
                .collect(Collectors.groupingBy(PupilCase::caseId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Contacts.Child> children = scope.myChildren();
        List<FamilyViews.CaseRow> rows = new ArrayList<>();
        byCase.forEach((caseId, parts) -> rows.add(timeline.row(parts, children,
                timeline.visible(parts, locale))));
        audit.record(actor.get().did("FAMILY_CASES_VIEWED", "case", null, null, rows.size() + " cases"));
        return rows;
    }

    @Transactional
    public FamilyViews.CaseDetail view(long caseId, Locale locale) {
        List<PupilCase> parts = scope.myParts(caseId);
        Map<Long, Contacts.Child> children = scope.myChildren();
        PupilCase first = parts.get(0);
        List<FamilyViews.Entry> entries = timeline.visible(parts, locale);
        List<FamilyViews.NextStep> next = parts.stream().anyMatch(p -> ParentSight.seesNextSteps(p.part()))
                ? cases.parentSteps(caseId, locale).stream().map(s -> new FamilyViews.NextStep(s.title(), s.dueAt()))
                .toList() : List.of();
        List<FamilyViews.Contact> referents = contacts.referentsOf(first.schoolId()).stream()
                .map(m -> new FamilyViews.Contact(m.displayName(), m.email())).toList();
        List<FamilyViews.DisclosureLine> disclosures = new ArrayList<>();
        for (PupilCase p : parts) {
            String name = children.get(p.personId()).firstName();
            consent.disclosuresAbout(caseId, p.partyId()).forEach(d -> disclosures.add(new FamilyViews.DisclosureLine(
                    d.disclosedAt(), name, d.recipientKind(), d.recipient(), d.what(), d.why(), d.basis())));
        }
        disclosures.sort(Comparator.comparing(FamilyViews.DisclosureLine::at));
        long me = actor.require().accountId();
        audit.record(actor.get().did("FAMILY_CASE_VIEWED", "case", caseId, first.schoolId(), null));
        notifications.markRead(me, ParentNotifier.RECORD, caseId);
        return new FamilyViews.CaseDetail(timeline.row(parts, children, entries), entries, next, referents,
                messages(family.thread(caseId, me)), disclosures, first.status().isActive());
    }

    /** I confirm I read a parent-visible entry of the case (once; again is harmless). */
    @Transactional
    public void acknowledge(long caseId, long eventId) {
        List<PupilCase> parts = scope.myParts(caseId);
        boolean shown = timeline.visible(parts, Locale.FRENCH).stream().anyMatch(e -> e.eventId() == eventId);
        if (!shown) {
            throw new NotFound(List.of(new Refusal.FieldError("event",
                    "family.entry.notFound")));
        }
        long me = actor.require().accountId();
        if (!family.acknowledged(eventId, me)) {
            family.add(new Acknowledgement(caseId, eventId, me, clock.instant()));
            audit.record(actor.get().did("FAMILY_UPDATE_ACKNOWLEDGED", "case", caseId, parts.get(0).schoolId(),
                    "event " + eventId));
        }
    }

    /** A message (or a meeting request, with my availability) to the school; its referents and head are told. */
    @Transactional
    public void send(long caseId, MessageKind kind, String body) {
        List<PupilCase> parts = scope.myParts(caseId);
        String text = FamilyDesk.checkBody(body);
        MessageKind k = kind == null ? MessageKind.MESSAGE : kind;
        PupilCase about = parts.stream().filter(p -> p.part() == PartyRole.TARGET).findFirst().orElse(parts.get(0));
        long me = actor.require().accountId();
        family.add(new FamilyMessage(caseId, me, about.personId(), me, true, k, text, clock.instant()));
        notifications.notify(schools.accountsWithRole(about.schoolId(), List.of(Role.REFERENT, Role.HEAD_OF_SCHOOL)),
                k == MessageKind.MEETING_REQUEST ? MEETING_KIND : MESSAGE_KIND, "case", caseId, false);
        audit.record(actor.get().did("FAMILY_MESSAGE_SENT", "case", caseId, about.schoolId(), k.name()));
    }

    private List<FamilyViews.Message> messages(List<FamilyMessage> thread) {
        Map<Long, String> names = FamilyDesk.names(contacts, thread.stream().filter(m -> !m.fromParent())
                .map(FamilyMessage::authorAccountId).collect(Collectors.toSet()));
        return thread.stream().map(m -> new FamilyViews.Message(m.id(), m.fromParent(),
                m.fromParent() ? null : names.getOrDefault(m.authorAccountId(), ""), m.kind(), m.body(), m.sentAt()))
                .toList();
    }
}
