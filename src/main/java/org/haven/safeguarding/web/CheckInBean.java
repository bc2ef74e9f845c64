package org.haven.safeguarding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.errors.Invalid;
import org.haven.platform.web.FacesMessages;
import org.haven.safeguarding.application.SupportPlans;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The form of a case's safeguarding section that plans a check-in with the pupil (checkInForm). */
@Named("checkInBean")
@ViewScoped
public class CheckInBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SafeguardingBean section;

    @Inject
    SupportPlans support;

    private String checkInOn;
    private String checkInLabel;

    public void planCheckIn() {
        section.act(() -> {
            support.planCheckIn(section.caseId(), date(checkInOn), checkInLabel);
            FacesMessages.info("support.checkIn.planned");
            checkInOn = null;
            checkInLabel = null;
        }, "checkInForm:");
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
