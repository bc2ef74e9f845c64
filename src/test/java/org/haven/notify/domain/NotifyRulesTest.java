package org.haven.notify.domain;

import org.haven.notify.web.NotificationLinks;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** E-mail templates by language and without details, the retry backoff, the channel rules, notification links. */
class NotifyRulesTest {

    private static final String LINK = "https://haven.example.org/account/notifications.xhtml";
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final List<String> KINDS = List.of("REPORT_NEW", "REPORT_URGENT", "REPORT_MESSAGE",
            "REPORT_EVIDENCE", "CASE_OPENED", "CASE_ESCALATION", "CASE_STEP_DUE", "CASE_STEP_OVERDUE",
            "CASE_DECISION_REQUIRED", "CASE_DECISION_LATE", "CASE_FOLLOW_UP_DUE", "CASE_PARENT_UPDATE",
            "FAMILY_MESSAGE", "FAMILY_MEETING_REQUEST", "FAMILY_REPLY");

    @Test
    void theTemplateFollowsTheRecipientsLanguageFrenchByDefault() {
        Mail fr = MailTemplates.render("CASE_PARENT_UPDATE", false, "fr", LINK);
        Mail en = MailTemplates.render("CASE_PARENT_UPDATE", false, "en", LINK);
        assertTrue(fr.body().startsWith("Bonjour"), fr.body());
        assertTrue(en.body().startsWith("Hello"), en.body());
        assertNotEquals(fr.subject(), en.subject());
        assertEquals(fr, MailTemplates.render("CASE_PARENT_UPDATE", false, null, LINK), "no language: French");
        assertEquals(fr, MailTemplates.render("CASE_PARENT_UPDATE", false, "de", LINK), "unsupported: French");
        assertTrue(MailTemplates.render("REPORT_URGENT", true, "en", LINK).body().contains("urgent"));
        assertTrue(MailTemplates.render("REPORT_URGENT", true, "fr", LINK).subject().contains("urgent"));
    }

    @Test
    void everyEmailSaysOnlyThatThereIsSomethingNewAndWhereToSignIn() {
        for (String language : List.of("fr", "en")) {
            for (String kind : KINDS) {
                for (boolean urgent : List.of(true, false)) {
                    Mail m = MailTemplates.render(kind, urgent, language, LINK);
                    String all = m.subject() + "\n" + m.body();
                    assertTrue(m.body().contains(LINK), all);
                    assertFalse(all.contains("{") || all.contains("mail."), "a placeholder or missing key: " + all);
                    // Only the fixed texts and the link: nothing about the record it is about.
                    String withoutLink = all.replace(LINK, "");
                    assertFalse(withoutLink.matches("(?s).*\\d{4}-\\d{6}.*"), "no case number: " + all);
                    assertFalse(withoutLink.matches("(?s).*\\d.*"), "no number of any kind: " + all);
                    assertTrue(m.subject().length() <= 200);
                }
            }
        }
    }

    @Test
    void failedDeliveriesAreTriedAgainWithAGrowingDelayThenGivenUp() {
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(1))), RetryPolicy.nextAttempt(1, T0));
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(5))), RetryPolicy.nextAttempt(2, T0));
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(15))), RetryPolicy.nextAttempt(3, T0));
        assertEquals(Optional.of(T0.plus(Duration.ofHours(1))), RetryPolicy.nextAttempt(4, T0));
        assertEquals(Optional.of(T0.plus(Duration.ofHours(4))), RetryPolicy.nextAttempt(5, T0));
        assertEquals(Optional.empty(), RetryPolicy.nextAttempt(6, T0));
        assertEquals(6, RetryPolicy.MAX_ATTEMPTS);

        MailDelivery d = new MailDelivery(1, 2, "a@example.org", "fr", new Mail("s", "b"), true, T0);
        assertTrue(d.dueAt(T0));
        Instant at = T0;
        for (int attempt = 1; attempt < RetryPolicy.MAX_ATTEMPTS; attempt++) {
            d.failed("Connection refused", at);
            assertEquals(DeliveryStatus.RETRYING, d.status());
            assertFalse(d.dueAt(at), "not again at once");
            at = d.nextAttemptAt();
            assertTrue(d.dueAt(at));
        }
        d.failed("Connection refused", at);
        assertEquals(DeliveryStatus.FAILED, d.status());
        assertEquals(RetryPolicy.MAX_ATTEMPTS, d.attempts());
        assertNull(d.nextAttemptAt());
        assertFalse(d.dueAt(at.plus(Duration.ofDays(30))), "given up");
        d.retryNow(at);
        assertTrue(d.dueAt(at), "an administrator may ask for one more try");
        d.sent(at);
        assertEquals(DeliveryStatus.SENT, d.status());
        assertFalse(d.dueAt(at));
    }

    @Test
    void aDeliveryWrittenWithoutSmtpIsLoggedAsNotSentAndNeverTried() {
        MailDelivery d = new MailDelivery(1, 2, "a@example.org", "en", new Mail("s", "b"), false, T0);
        assertEquals(DeliveryStatus.PENDING, d.status());
        assertEquals(MailDelivery.NOT_CONFIGURED, d.lastError());
        assertFalse(d.dueAt(T0.plus(Duration.ofDays(1))));
    }

    @Test
    void urgentNotificationsAlwaysGoByEmailTheOthersAsTheAccountChose() {
        assertTrue(Channels.email(true, false, "a@example.org"), "urgent: whatever the choice");
        assertTrue(Channels.email(true, true, "a@example.org"));
        assertTrue(Channels.email(false, true, "a@example.org"));
        assertFalse(Channels.email(false, false, "a@example.org"), "in-app only");
        assertFalse(Channels.email(true, true, null), "no address, no e-mail");
        assertFalse(Channels.email(true, true, "  "));
    }

    @Test
    void aNotificationLeadsToThePageOfItsRecordForTheReadersRoles() {
        Set<String> referent = Set.of("referent");
        Set<String> lead = Set.of("district_lead");
        Set<String> parent = Set.of("parent");
        assertEquals("/staff/case.xhtml?id=7", NotificationLinks.path("case", "7", referent::contains));
        assertEquals("/district/case.xhtml?id=7", NotificationLinks.path("case", "7", lead::contains));
        assertEquals("/staff/report.xhtml?id=3", NotificationLinks.path("report", "3", referent::contains));
        assertEquals("/parent/case.xhtml?id=7", NotificationLinks.path("family-case", "7", parent::contains));
        assertNull(NotificationLinks.path("case", "7", parent::contains), "a parent never gets the staff page");
        assertNull(NotificationLinks.path("family-case", "7", referent::contains));
        assertNull(NotificationLinks.path("case", "7 OR 1=1", referent::contains));
        assertNull(NotificationLinks.path("other", "7", referent::contains));
    }
}
