package org.haven.safeguarding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.errors.Invalid;
import org.haven.platform.web.FacesMessages;
import org.haven.protocol.application.SchoolCalendars;
import org.haven.safeguarding.application.UrgentDecisions;
import org.haven.safeguarding.domain.CalledParty;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The urgent decision form of a case's safeguarding section (urgentForm): who was called, when (the school's local
 * time, now by default), and the result.
 */
@Named("urgentBean")
@ViewScoped
public class UrgentDecisionBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SafeguardingBean section;

    @Inject
    UrgentDecisions urgent;

    @Inject
    SchoolCalendars calendars;

    @Inject
    Clock clock;

    private String[] called = new String[0];
    private String calledAt;
    private String result;

    void prefill() {
        calledAt = clock.instant().atZone(calendars.zone()).toLocalDateTime().withSecond(0).withNano(0).toString();
    }

    public void decide(long escalationId) {
        section.act(() -> {
            urgent.record(section.caseId(), escalationId, parties(), instant(calledAt), result);
            FacesMessages.info("urgent.recorded");
            called = new String[0];
            result = null;
        }, "urgentForm:");
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

    public List<String> getCalledParties() {
        return Arrays.stream(CalledParty.values()).map(Enum::name).toList();
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
}
