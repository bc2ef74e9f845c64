package org.haven.safeguarding.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal;
import org.haven.cases.domain.PartyRole;
import org.haven.platform.web.FacesMessages;
import org.haven.protocol.application.SchoolCalendars;
import org.haven.safeguarding.application.ReferralDraft;
import org.haven.safeguarding.application.Referrals;
import org.haven.safeguarding.application.RiskAssessments;
import org.haven.safeguarding.application.SafeguardingQueries;
import org.haven.safeguarding.application.SafeguardingViews;
import org.haven.safeguarding.application.SafeguardingViews.Overview;
import org.haven.safeguarding.application.SupportPlans;
import org.haven.safeguarding.application.UrgentDecisions;
import org.haven.safeguarding.domain.CalledParty;
import org.haven.safeguarding.domain.ReferralKind;
import org.haven.safeguarding.domain.RiskAnswers;
import org.haven.safeguarding.domain.RiskAssessment;
import org.haven.safeguarding.domain.RiskDuration;
import org.haven.safeguarding.domain.RiskFrequency;
import org.haven.safeguarding.domain.SupportKind;
import org.haven.safeguarding.domain.SupportStatus;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The safeguarding section of a case page (WEB-INF/includes/case-safeguarding.xhtml): risk assessment and its
 * history, the urgent decision, referrals, the support plan. The page gives the case id through {@link #of}.
 */
@Named("safeguardingBean")
@ViewScoped
public class SafeguardingBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SafeguardingQueries queries;

    @Inject
    RiskAssessments risk;

    @Inject
    UrgentDecisions urgent;

    @Inject
    Referrals referrals;

    @Inject
    SupportPlans support;

    @Inject
    SchoolCalendars calendars;

    @Inject
    Clock clock;

    private Long caseId;
    private transient Overview overview;
    private boolean prefilled;

    private final RiskForm answers = new RiskForm();
    private String[] called = new String[0];
    private String calledAt;
    private String result;
    private String referralKind;
    private Long referralParty;
    private Long referralBody;
    private String trustedAdult;
    private String trustedAdultRole;
    private String supportKind;
    private String supportProvider;
    private String supportStatus = SupportStatus.OFFERED.name();
    private String supportNote;
    private final Map<Long, String> supportChanges = new HashMap<>();
    private String checkInOn;
    private String checkInLabel;

    /** The section of this case (loaded once per request; null when the case is out of the reader's scope). */
    public Overview of(long id) {
        if (caseId == null || caseId != id) {
            caseId = id;
            overview = null;
            prefilled = false;
        }
        if (overview == null) {
            try {
                overview = queries.overview(id);
            } catch (Refusal e) {
                return null;
            }
            prefill();
        }
        return overview;
    }

    public void assess() {
        act(() -> {
            RiskAssessment a = risk.assess(caseId, answers.toAnswers(), answers.getNote(),
                    answers.getLoweringReason());
            FacesMessages.info("risk.assessed", label("case.risk." + a.level()));
        }, "riskForm:");
    }

    public void decide(long escalationId) {
        act(() -> {
            urgent.record(caseId, escalationId, parties(), instant(calledAt), result);
            FacesMessages.info("urgent.recorded");
            called = new String[0];
            result = null;
        }, "urgentForm:");
    }

    public void draftReferral() throws IOException {
        Long[] made = new Long[1];
        act(() -> {
            ReferralKind kind = referralKind == null || referralKind.isBlank() ? null
                    : ReferralKind.valueOf(referralKind);
            made[0] = referrals.draft(caseId, new ReferralDraft(kind, referralParty, referralBody, null, null, null))
                    .id();
        }, "referralForm:");
        if (made[0] != null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            FacesMessages.info("referral.drafted");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/staff/referral.xhtml?id=" + made[0]);
        }
    }

    public void nameTrustedAdult() {
        act(() -> {
            support.nameTrustedAdult(caseId, trustedAdult, trustedAdultRole);
            FacesMessages.info("support.saved");
        }, "adultForm:");
    }

    public void addSupport() {
        act(() -> {
            support.addSupport(caseId, enumOf(SupportKind.class, supportKind), supportProvider,
                    enumOf(SupportStatus.class, supportStatus), supportNote);
            FacesMessages.info("support.saved");
            supportProvider = null;
            supportNote = null;
        }, "supportForm:");
    }

    public void changeSupport(long supportId) {
        act(() -> {
            support.changeSupport(caseId, supportId, enumOf(SupportStatus.class, supportChanges.get(supportId)), null);
            FacesMessages.info("support.saved");
        }, "supportsForm:");
    }

    public void planCheckIn() {
        act(() -> {
            support.planCheckIn(caseId, date(checkInOn), checkInLabel);
            FacesMessages.info("support.checkIn.planned");
            checkInOn = null;
            checkInLabel = null;
        }, "checkInForm:");
    }

    private void act(Runnable action, String formPrefix) {
        if (caseId == null) {
            return;
        }
        try {
            action.run();
        } catch (Refusal e) {
            FacesMessages.show(e, formPrefix);
        }
        overview = null;
    }

    private void prefill() {
        if (prefilled || overview == null) {
            return;
        }
        prefilled = true;
        if (overview.latest() != null) {
            answers.from(overview.latest().answers());
        } else {
            answers.fromDanger(overview.riskTags());
        }
        trustedAdult = overview.trustedAdult();
        trustedAdultRole = overview.trustedAdultRole();
        referralParty = overview.parties().stream().filter(p -> p.part() == PartyRole.TARGET).findFirst()
                .map(SafeguardingViews.Party::id).orElse(null);
        calledAt = clock.instant().atZone(calendars.zone()).toLocalDateTime().withSecond(0).withNano(0).toString();
        overview.supports().forEach(s -> supportChanges.put(s.id(), s.status().name()));
    }

    private Set<CalledParty> parties() {
        Set<CalledParty> set = EnumSet.noneOf(CalledParty.class);
        Arrays.stream(called == null ? new String[0] : called).map(CalledParty::valueOf).forEach(set::add);
        return set;
    }

    private Instant instant(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(calendars.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw Invalid.of("calledAt", "urgent.calledAt.required");
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Invalid.of("checkInOn", "support.checkIn.date");
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String label(String key) {
        return org.haven.platform.i18n.Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key);
    }

    public List<String> getKinds() {
        return Arrays.stream(ReferralKind.values()).map(Enum::name).toList();
    }

    public List<String> getCalledParties() {
        return Arrays.stream(CalledParty.values()).map(Enum::name).toList();
    }

    public List<String> getDurations() {
        return Arrays.stream(RiskDuration.values()).map(Enum::name).toList();
    }

    public List<String> getFrequencies() {
        return Arrays.stream(RiskFrequency.values()).map(Enum::name).toList();
    }

    public List<String> getSupportKinds() {
        return Arrays.stream(SupportKind.values()).map(Enum::name).toList();
    }

    public List<String> getSupportStatuses() {
        return Arrays.stream(SupportStatus.values()).map(Enum::name).toList();
    }

    public List<SafeguardingViews.Body> getBodies() {
        return queries.activeBodies();
    }

    public RiskForm getAnswers() {
        return answers;
    }

    public String[] getCalled() {
        return called;
    }

    public void setCalled(String[] called) {
        this.called = called;
    }

    public String getCalledAt() {
        return calledAt;
    }

    public void setCalledAt(String calledAt) {
        this.calledAt = calledAt;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getReferralKind() {
        return referralKind;
    }

    public void setReferralKind(String referralKind) {
        this.referralKind = referralKind;
    }

    public Long getReferralParty() {
        return referralParty;
    }

    public void setReferralParty(Long referralParty) {
        this.referralParty = referralParty;
    }

    public Long getReferralBody() {
        return referralBody;
    }

    public void setReferralBody(Long referralBody) {
        this.referralBody = referralBody;
    }

    public String getTrustedAdult() {
        return trustedAdult;
    }

    public void setTrustedAdult(String trustedAdult) {
        this.trustedAdult = trustedAdult;
    }

    public String getTrustedAdultRole() {
        return trustedAdultRole;
    }

    public void setTrustedAdultRole(String trustedAdultRole) {
        this.trustedAdultRole = trustedAdultRole;
    }

    public String getSupportKind() {
        return supportKind;
    }

    public void setSupportKind(String supportKind) {
        this.supportKind = supportKind;
    }

    public String getSupportProvider() {
        return supportProvider;
    }

    public void setSupportProvider(String supportProvider) {
        this.supportProvider = supportProvider;
    }

    public String getSupportStatus() {
        return supportStatus;
    }

    public void setSupportStatus(String supportStatus) {
        this.supportStatus = supportStatus;
    }

    public String getSupportNote() {
        return supportNote;
    }

    public void setSupportNote(String supportNote) {
        this.supportNote = supportNote;
    }

    public Map<Long, String> getSupportChanges() {
        return supportChanges;
    }

    public String getCheckInOn() {
        return checkInOn;
    }

    public void setCheckInOn(String checkInOn) {
        this.checkInOn = checkInOn;
    }

    public String getCheckInLabel() {
        return checkInLabel;
    }

    public void setCheckInLabel(String checkInLabel) {
        this.checkInLabel = checkInLabel;
    }
}
