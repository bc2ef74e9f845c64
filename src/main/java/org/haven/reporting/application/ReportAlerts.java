package org.haven.reporting.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.haven.directory.application.SchoolAdministration;
import org.haven.notify.application.Notifications;
import org.haven.platform.security.Role;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notifies a school's referents and head of a {@link ReportAlert} once the report's transaction has committed, in
 * a transaction of its own: a failing notification never rolls back the report, and a rolled-back report
 * announces nothing. A report stays in the staff's queue whether or not its notification was written. A session
 * bean, so that the write runs in an invocation of its own: after the commit of a start-up job's transaction the
 * job's invocation is over, and a bean first created then would get no entity manager.
 */
@Stateless
public class ReportAlerts {

    static final Set<Role> ALERTED = Set.of(Role.REFERENT, Role.HEAD_OF_SCHOOL);
    private static final Logger LOG = Logger.getLogger(ReportAlerts.class.getName());

    @Inject
    SchoolAdministration schools;

    @Inject
    Notifications notifications;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportAlert alert) {
        try {
            notifications.notify(schools.accountsWithRole(alert.schoolId(), ALERTED), alert.kind(), "report",
                    alert.reportId(), alert.urgent());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification " + alert.kind() + " about report " + alert.reportId()
                    + " not written", e);
            throw e;
        }
    }
}
