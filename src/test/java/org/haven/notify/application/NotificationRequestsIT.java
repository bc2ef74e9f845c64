package org.haven.notify.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.haven.platform.persistence.DatabaseMigration;
import org.haven.testing.Db;
import org.haven.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A notification asked for by event inside Payara Micro: written once the cause's transaction has committed,
 * never when it rolls back, and at once when fired outside a transaction.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationRequestsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.haven().addClasses(NotificationRequestsIT.class, Db.class);
    }

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Inject
    Event<NotificationRequest> requests;

    @AfterEach
    void removeTheTestNotifications() {
        Db.update("DELETE FROM notification WHERE record_type = 'test'");
    }

    @Test
    void aRequestIsWrittenAfterItsCauseCommitsAndNotAfterARollback() throws Exception {
        Db.use(dataSource);
        long account = Db.number("SELECT MIN(id) FROM account");
        String committed = UUID.randomUUID().toString();
        String rolledBack = UUID.randomUUID().toString();

        transaction.begin();
        requests.fire(NotificationRequest.of(List.of(account, account), "CASE_STEP_DUE", "test", committed, false));
        assertEquals(0, rows(committed), "not before the commit");
        transaction.commit();
        transaction.begin();
        requests.fire(NotificationRequest.of(List.of(account), "CASE_STEP_DUE", "test", rolledBack, false));
        transaction.rollback();

        assertEquals(1, rows(committed));
        assertEquals(0, rows(rolledBack));
    }

    @Test
    void aRequestOutsideATransactionIsWrittenAtOnce() {
        Db.use(dataSource);
        long account = Db.number("SELECT MIN(id) FROM account");
        String id = UUID.randomUUID().toString();

        requests.fire(NotificationRequest.of(List.of(account), "CASE_STEP_DUE", "test", id, true));

        assertEquals(1, rows(id));
        assertEquals(1L, Db.number("SELECT COUNT(*) FROM notification WHERE record_id = ? AND urgent = TRUE", id));
    }

    private static long rows(String recordId) {
        return Db.number("SELECT COUNT(*) FROM notification WHERE record_type = 'test' AND record_id = ?", recordId);
    }
}
