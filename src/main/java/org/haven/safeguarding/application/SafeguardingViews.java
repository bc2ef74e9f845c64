package org.haven.safeguarding.application;

import org.haven.cases.domain.PartyRole;
import org.haven.cases.domain.RiskLevel;
import org.haven.protocol.domain.LocalizedText;
import org.haven.safeguarding.domain.CalledParty;
import org.haven.safeguarding.domain.DisclosureBasis;
import org.haven.safeguarding.domain.ReferralKind;
import org.haven.safeguarding.domain.ReferralStatus;
import org.haven.safeguarding.domain.RiskAnswers;
import org.haven.safeguarding.domain.SupportKind;
import org.haven.safeguarding.domain.SupportStatus;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What the case page's safeguarding section, the referral page and the API show. */
public final class SafeguardingViews {

    private SafeguardingViews() {
    }

    public record Assessment(long id, RiskLevel level, List<String> reasons, RiskAnswers answers, String note,
                             Instant assessedAt, RiskLevel loweredFrom, String loweringReason) {
    }

    public record Pending(long escalationId, String ruleId, LocalizedText title, Instant dueAt, boolean late) {
    }

    public record Decision(long id, long escalationId, Set<CalledParty> called, Instant calledAt, String result,
                           Instant decidedAt) {
    }

    public record ReferralRow(long id, ReferralKind kind, ReferralStatus status, String recipient, String pupil,
                              Instant dueAt, boolean overdue, String ruleId, Instant updatedAt) {
    }

    public record Support(long id, SupportKind kind, String provider, SupportStatus status, String note) {
    }

    public record Party(long id, String name, PartyRole part) {
    }

    public record Body(long id, ReferralKind kind, String name, String phone, String email, String address,
                       String takes, int responseDays, boolean active) {
    }

    /** The safeguarding section of one case. */
    public record Overview(long caseId, boolean works, boolean mayDecide, boolean active, RiskLevel risk,
                           Assessment latest, List<Assessment> history, List<Pending> pending,
                           List<Decision> decisions, List<ReferralRow> referrals, String trustedAdult,
                           String trustedAdultRole, List<Support> supports, List<Party> parties,
                           java.util.Set<String> riskTags) {
    }

    public record Transition(ReferralStatus from, ReferralStatus to, String note, Instant at) {
    }

    public record Document(long id, String fileName, String sha256, int size, Instant createdAt) {
    }

    /** One referral with its history, documents and whether the pupil's information may be shared now. */
    public record ReferralDetail(long id, long caseId, String caseNumber, ReferralKind kind, ReferralStatus status,
                                 List<ReferralStatus> next, Long partyId, String pupil, Long bodyId, Body body,
                                 String recipient, String reason, String shared, String externalRef,
                                 String closingNote, Instant dueAt, boolean overdue, String ruleId,
                                 LocalizedText ruleTitle, Instant createdAt, List<Transition> transitions, List<Document> documents,
                                 boolean consentAllows, DisclosureBasis consentBasis, Long disclosureId,
                                 boolean works, List<Party> parties, List<Body> bodies) {
    }
}
