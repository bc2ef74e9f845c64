package org.haven.safeguarding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.web.FacesMessages;
import org.haven.safeguarding.application.SafeguardingViews.Overview;
import org.haven.safeguarding.application.SupportPlans;
import org.haven.safeguarding.domain.SupportKind;
import org.haven.safeguarding.domain.SupportStatus;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The support plan forms of a case's safeguarding section: the trusted adult (adultForm), a support offered or
 * arranged (supportForm), and each support's status changed in place (supportsForm).
 */
@Named("supportBean")
@ViewScoped
public class SupportPlanBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SafeguardingBean section;

    @Inject
    SupportPlans support;

    private String trustedAdult;
    private String trustedAdultRole;
    private String kind;
    private String provider;
    private String status = SupportStatus.OFFERED.name();
    private String note;
    private final Map<Long, String> changes = new HashMap<>();

    void prefill(Overview overview) {
        trustedAdult = overview.trustedAdult();
        trustedAdultRole = overview.trustedAdultRole();
        overview.supports().forEach(s -> changes.put(s.id(), s.status().name()));
    }

    public void nameTrustedAdult() {
        section.act(() -> {
            support.nameTrustedAdult(section.caseId(), trustedAdult, trustedAdultRole);
            FacesMessages.info("support.saved");
        }, "adultForm:");
    }

    public void addSupport() {
        section.act(() -> {
            support.addSupport(section.caseId(), enumOf(SupportKind.class, kind), provider,
                    enumOf(SupportStatus.class, status), note);
            FacesMessages.info("support.saved");
            provider = null;
            note = null;
        }, "supportForm:");
    }

    public void changeSupport(long supportId) {
        section.act(() -> {
            support.changeSupport(section.caseId(), supportId, enumOf(SupportStatus.class, changes.get(supportId)),
                    null);
            FacesMessages.info("support.saved");
        }, "supportsForm:");
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

    public List<String> getSupportKinds() {
        return Arrays.stream(SupportKind.values()).map(Enum::name).toList();
    }

    public List<String> getSupportStatuses() {
        return Arrays.stream(SupportStatus.values()).map(Enum::name).toList();
    }

    public Map<Long, String> getSupportChanges() {
        return changes;
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
        return kind;
    }

    public void setSupportKind(String kind) {
        this.kind = kind;
    }

    public String getSupportProvider() {
        return provider;
    }

    public void setSupportProvider(String provider) {
        this.provider = provider;
    }

    public String getSupportStatus() {
        return status;
    }

    public void setSupportStatus(String status) {
        this.status = status;
    }

    public String getSupportNote() {
        return note;
    }

    public void setSupportNote(String note) {
        this.note = note;
    }
}
