package org.haven.safeguarding.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferralLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static Referral draft() {
        return new Referral(1, 5, ReferralKind.CHILD_PROTECTION, 2L, null, 3L, T0, T0.plus(ReferralDeadlines.DRAFT));
    }

    @Test
    void aReferralGoesFromDraftToDoneThroughItsLifecycle() {
        Referral r = draft();
        assertEquals(ReferralStatus.DRAFT, r.move(ReferralStatus.SENT, T0.plusSeconds(60), T0.plusSeconds(3600)));
        assertEquals(ReferralStatus.SENT, r.move(ReferralStatus.ACKNOWLEDGED, T0.plusSeconds(120), null));
        assertEquals(ReferralStatus.ACKNOWLEDGED, r.move(ReferralStatus.ACCEPTED, T0.plusSeconds(180), null));
        assertEquals(ReferralStatus.ACCEPTED, r.move(ReferralStatus.DONE, T0.plusSeconds(240), null));
        assertEquals(ReferralStatus.DONE, r.status());
        assertTrue(r.status().isFinished());
    }

    @Test
    void everyMoveTheLifecycleDoesNotAllowIsRefused() {
        Set<List<ReferralStatus>> legal = Set.of(
                List.of(ReferralStatus.DRAFT, ReferralStatus.SENT), List.of(ReferralStatus.DRAFT, ReferralStatus.REVOKED),
                List.of(ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED),
                List.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED),
                List.of(ReferralStatus.SENT, ReferralStatus.REJECTED),
                List.of(ReferralStatus.SENT, ReferralStatus.REVOKED),
                List.of(ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED),
                List.of(ReferralStatus.ACKNOWLEDGED, ReferralStatus.REJECTED),
                List.of(ReferralStatus.ACKNOWLEDGED, ReferralStatus.REVOKED),
                List.of(ReferralStatus.ACCEPTED, ReferralStatus.DONE),
                List.of(ReferralStatus.ACCEPTED, ReferralStatus.REVOKED));
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralStatus to : ReferralStatus.values()) {
                assertEquals(legal.contains(List.of(from, to)), from.canMoveTo(to), from + " -> " + to);
            }
        }
        assertFalse(ReferralStatus.DRAFT.canMoveTo(null));
    }

    @Test
    void anIllegalMoveLeavesTheReferralAsItWas() {
        Referral r = draft();
        IllegalReferralTransition e = assertThrows(IllegalReferralTransition.class,
                () -> r.move(ReferralStatus.ACKNOWLEDGED, T0, null));
        assertEquals(ReferralStatus.DRAFT, e.from());
        assertEquals(ReferralStatus.ACKNOWLEDGED, e.to());
        assertEquals(ReferralStatus.DRAFT, r.status());
        r.move(ReferralStatus.SENT, T0, null);
        r.move(ReferralStatus.REJECTED, T0, null);
        for (ReferralStatus to : ReferralStatus.values()) {
            assertThrows(IllegalReferralTransition.class, () -> r.move(to, T0, null), "nothing after a rejection");
        }
    }

    @Test
    void onlyADraftsContentChanges() {
        Referral r = draft();
        r.edit(5L, 7L, null, "Danger", "Faits", T0);
        assertEquals(7L, r.bodyId());
        r.move(ReferralStatus.SENT, T0, null);
        assertThrows(IllegalReferralTransition.class, () -> r.edit(5L, 8L, null, "Autre", "Autre", T0));
        assertEquals(7L, r.bodyId(), "what was sent stays as sent");
    }

    @Test
    void aRejectionAndARevocationNeedAReasonTheOthersDoNot() {
        assertEquals(EnumSet.of(ReferralStatus.REJECTED, ReferralStatus.REVOKED),
                EnumSet.copyOf(List.of(ReferralStatus.values()).stream().filter(ReferralStatus::needsReason).toList()));
    }

    @Test
    void deadlinesFollowTheStatusAndTheBodysResponseTime() {
        assertEquals(T0.plus(Duration.ofDays(1)), ReferralDeadlines.next(ReferralStatus.DRAFT, T0, null));
        assertEquals(T0.plus(Duration.ofDays(5)), ReferralDeadlines.next(ReferralStatus.SENT, T0, null));
        assertEquals(T0.plus(Duration.ofDays(3)), ReferralDeadlines.next(ReferralStatus.SENT, T0, 3));
        assertEquals(T0.plus(Duration.ofDays(15)), ReferralDeadlines.next(ReferralStatus.ACKNOWLEDGED, T0, 3));
        assertNull(ReferralDeadlines.next(ReferralStatus.DONE, T0, 3));
        Referral r = draft();
        assertTrue(r.isOverdue(T0.plus(Duration.ofDays(2))));
        r.reminded(T0.plus(Duration.ofDays(2)));
        r.move(ReferralStatus.SENT, T0.plus(Duration.ofDays(2)), null);
        assertNull(r.remindedAt(), "a new status is reminded anew");
        assertFalse(r.isOverdue(T0.plus(Duration.ofDays(30))), "nothing expected, nothing late");
    }

    @Test
    void protocolBodiesMapToKindsAndRecipients() {
        assertEquals(ReferralKind.PLATFORM_TAKEDOWN, ReferralKind.fromProtocol("platform_takedown").orElseThrow());
        assertEquals(RecipientKind.PLATFORM, ReferralKind.PLATFORM_TAKEDOWN.recipientKind());
        assertEquals(ConsentScope.OUTSIDE, ReferralKind.POLICE.recipientKind().scope());
        assertTrue(ReferralKind.fromProtocol("nowhere").isEmpty());
        for (String body : org.haven.protocol.domain.EscalationAction.REFERRAL_BODIES) {
            assertTrue(ReferralKind.fromProtocol(body).isPresent(), body);
        }
    }
}
