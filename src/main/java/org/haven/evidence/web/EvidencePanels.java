package org.haven.evidence.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.haven.evidence.application.EvidenceViews;
import org.haven.evidence.application.StaffEvidence;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.platform.config.DistrictZone;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the evidence panel and its forms share in one request: each owner's panel loaded once (and again after
 * a change), the way a form's action reports its outcome, and the reading of a date typed in the district's zone.
 */
@RequestScoped
public class EvidencePanels {

    @Inject
    StaffEvidence evidence;

    @Inject
    DistrictZone districtZone;

    private final Map<EvidenceOwner.Kind, Map<Long, EvidenceViews.Panel>> loaded = new EnumMap<>(
            EvidenceOwner.Kind.class);

    /** The panel of this owner, loaded once per request (null when out of scope: the page shows nothing). */
    public EvidenceViews.Panel panel(EvidenceOwner.Kind kind, long ownerId) {
        return loaded.computeIfAbsent(kind, x -> new HashMap<>()).computeIfAbsent(ownerId, id -> {
            try {
                return evidence.panel(kind, id, FacesContext.getCurrentInstance().getViewRoot().getLocale());
            } catch (Refusal e) {
                return null;
            }
        });
    }

    /** Runs a form's action: its message on success (and the panels read again), its errors on the form's fields. */
    public void act(Supplier<String> action, String formPrefix) {
        try {
            FacesMessages.info(action.get());
            loaded.clear();
        } catch (Refusal e) {
            FacesMessages.show(e, formPrefix);
        }
    }

    /** A {@code datetime-local} value in the district's zone; blank is none; anything else is refused. */
    public Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(districtZone.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw Invalid.of(field, "evidence.dateTime");
        }
    }
}
