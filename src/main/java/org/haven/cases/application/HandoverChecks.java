package org.haven.cases.application;

import org.haven.cases.domain.CaseHandover;
import org.haven.platform.errors.Refusal.FieldError;

import java.util.ArrayList;
import java.util.List;

/** What a handover form must hold, whichever way the case goes: a reason, a summary, both consents answered. */
final class HandoverChecks {

    private HandoverChecks() {
    }

    /** Every error of the reason, summary and consents (the school or destination is checked by the caller). */
    static List<FieldError> errors(CaseHandovers.Form form) {
        List<FieldError> errors = new ArrayList<>();
        String reason = form == null || form.reason() == null ? "" : form.reason().strip();
        String summary = form == null || form.summary() == null ? "" : form.summary().strip();
        if (reason.isEmpty() || reason.length() > CaseHandover.REASON_MAX) {
            errors.add(new FieldError("reason", "handover.reason.required", CaseHandover.REASON_MAX));
        }
        if (summary.isEmpty() || summary.length() > CaseHandover.SUMMARY_MAX) {
            errors.add(new FieldError("summary", "handover.summary.required", CaseHandover.SUMMARY_MAX));
        }
        if (form == null || form.pupilConsent() == null) {
            errors.add(new FieldError("pupilConsent", "handover.consent.required"));
        }
        if (form == null || form.parentConsent() == null) {
            errors.add(new FieldError("parentConsent", "handover.consent.required"));
        }
        return errors;
    }
}
