package org.haven.family.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.haven.cases.application.CaseEventRecorded;
import org.haven.cases.application.CaseGate;
import org.haven.cases.application.CaseGate.PupilCase;
import org.haven.directory.application.Contacts;
import org.haven.family.domain.ParentSight;
import org.haven.notify.application.Notifications;
import org.haven.safeguarding.application.ConsentRecords;
import org.haven.safeguarding.domain.ConsentScope;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Tells the parents concerned when a parent-visible entry is written on a case, in the same transaction: the
 * parents of each roster pupil whose part lets them see that kind of entry ({@link ParentSight}) and whose wishes
 * allow telling them. Nobody else: an anonymous reporter has no account, and the parents of witnesses are not told
 * through Haven.
 */
@ApplicationScoped
public class ParentNotifier {

    public static final String KIND = "CASE_PARENT_UPDATE";
    public static final String RECORD = "family-case";

    @Inject
    CaseGate cases;

    @Inject
    ConsentRecords consent;

    @Inject
    Contacts contacts;

    @Inject
    Notifications notifications;

    void onEntry(@Observes CaseEventRecorded recorded) {
        Set<Long> parents = new LinkedHashSet<>();
        for (PupilCase p : cases.pupilsOf(recorded.caseId())) {
            if (ParentSight.sees(p.part(), recorded.kind())
                    && consent.decide(p.caseId(), p.partyId(), ConsentScope.PARENTS).allowed()) {
                parents.addAll(contacts.guardianAccounts(p.personId()));
            }
        }
        if (!parents.isEmpty()) {
            notifications.notify(parents, KIND, RECORD, recorded.caseId(), false);
        }
    }
}
