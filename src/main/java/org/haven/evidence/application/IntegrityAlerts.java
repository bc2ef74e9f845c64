package org.haven.evidence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.domain.Actor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.evidence.domain.CustodyAction;
import org.haven.evidence.domain.EvidenceFile;
import org.haven.notify.application.Notifications;
import org.haven.platform.security.Role;

import java.time.Clock;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A blob that no longer matches what was received: the file is flagged (staff see an alert on it), the custody
 * log and the audit log get {@code EVIDENCE_INTEGRITY_ALERT}, the school's referents and head are notified,
 * and the operators' log says which file (never any content). The bytes are never served.
 */
@ApplicationScoped
public class IntegrityAlerts {

    private static final Logger LOG = Logger.getLogger(IntegrityAlerts.class.getName());

    @Inject
    EvidenceCustody custody;

    @Inject
    SchoolAdministration schools;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(EvidenceFile file, Actor actor, String place, String problem) {
        boolean first = file.integrityAlertAt() == null;
        file.integrityAlert(clock.instant());
        custody.record(file, CustodyAction.INTEGRITY_ALERT, actor, place, problem);
        if (first) {
            notifications.notify(schools.accountsWithRole(file.schoolId(), Set.of(Role.REFERENT,
                    Role.HEAD_OF_SCHOOL)), "EVIDENCE_INTEGRITY_ALERT", "evidence", file.id(), true);
        }
        LOG.severe(() -> "Evidence integrity alert: evidence " + file.id() + " (" + file.owner().ref() + "): "
                + problem + ". The file was not served; restore it from a backup (docs/evidence-vault.md).");
    }
}
