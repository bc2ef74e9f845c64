package org.haven.family.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.application.CaseGate;
import org.haven.cases.application.CaseGate.ParentEntry;
import org.haven.cases.application.CaseGate.PupilCase;
import org.haven.cases.domain.PartyRole;
import org.haven.directory.application.Contacts;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.family.domain.Acknowledgement;
import org.haven.family.domain.FamilyRepository;
import org.haven.family.domain.ParentSight;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a parent sees of one case in the portal: the entries the protocol shows to the parts their children play
 * (with when this parent acknowledged each), and the case's line in their list. The caller has established the
 * parent's scope ({@link FamilyScope}).
 */
@ApplicationScoped
public class ParentTimeline {

    @Inject
    CaseGate cases;

    @Inject
    FamilyRepository family;

    @Inject
    SchoolAdministration schools;

    @Inject
    CurrentActor actor;

    /** The parent-visible entries of the case of these parts, oldest first, with my acknowledgements. */
    List<FamilyViews.Entry> visible(List<PupilCase> parts, Locale locale) {
        long me = actor.require().accountId();
        long caseId = parts.get(0).caseId();
        Map<Long, Instant> acks = family.acknowledgements(caseId).stream().filter(a -> a.accountId() == me)
                .collect(Collectors.toMap(Acknowledgement::eventId, Acknowledgement::acknowledgedAt, (a, b) -> a));
        Set<PartyRole> roles = parts.stream().map(PupilCase::part).collect(Collectors.toSet());
        List<ParentEntry> entries = cases.parentEntries(caseId, locale);
        return entries.stream().filter(e -> roles.stream().anyMatch(r -> ParentSight.sees(r, e.kind())))
                .map(e -> new FamilyViews.Entry(e.eventId(), e.at(), e.kind(), e.stepTitle(), acks.get(e.eventId())))
                .toList();
    }

    /** The case's line: school, status, my children in it, and how many entries I have not acknowledged. */
    FamilyViews.CaseRow row(List<PupilCase> parts, Map<Long, Contacts.Child> children,
                            List<FamilyViews.Entry> timeline) {
        PupilCase first = parts.get(0);
        String school = schools.byId(first.schoolId()).map(SchoolView::name).orElse("");
        List<FamilyViews.ChildPart> mine = parts.stream().map(p -> new FamilyViews.ChildPart(p.personId(),
                children.get(p.personId()).firstName(), p.part())).toList();
        long toAcknowledge = timeline.stream().filter(e -> e.acknowledgedAt() == null).count();
        return new FamilyViews.CaseRow(first.caseId(), first.number(), school, first.status(), first.openedAt(),
                first.closedAt(), mine, toAcknowledge);
    }
}
