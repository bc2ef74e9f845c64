package org.haven.evidence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.evidence.domain.EvidenceRepository;
import org.haven.evidence.domain.LinkRules;
import org.haven.evidence.domain.OnlinePlatform;
import org.haven.evidence.domain.TakedownRequest;
import org.haven.notify.application.Notifications;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.platform.security.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Takedown requests sent to platforms for a report's or a case's online content: recorded, updated with the
 * platform's answer, and reminded (in-app notifications to the school's referents and head) when a platform
 * has not answered within {@code haven.evidence.takedown.reminder-days}.
 */
@ApplicationScoped
public class Takedowns {

    static final int REMINDER_BATCH = 500;

    @Inject
    EvidenceAccess access;

    @Inject
    EvidenceRepository repository;

    @Inject
    SchoolAdministration schools;

    @Inject
    Notifications notifications;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "haven.evidence.takedown.reminder-days", defaultValue = "3")
    int reminderDays;

    /** What staff fill in to record a request they sent. */
    public record Form(OnlinePlatform platform, String contentUrl, TakedownRequest.Kind kind, Instant sentAt,
                       String reference) {
    }

    @Transactional
    public long record(EvidenceOwner.Kind kind, long ownerId, Form form) {
        EvidenceOwner owner = access.owner(kind, ownerId);
        List<FieldError> errors = new ArrayList<>();
        if (form.platform() == null) {
            errors.add(new FieldError("platform", "takedown.platform.required"));
        }
        if (form.kind() == null) {
            errors.add(new FieldError("kind", "takedown.kind.required"));
        }
        String url = form.contentUrl() == null ? "" : form.contentUrl().strip();
        if (!LinkRules.webAddress(url)) {
            errors.add(new FieldError("contentUrl", "evidence.link.url"));
        }
        Instant sent = form.sentAt() == null ? clock.instant() : form.sentAt();
        if (sent.isAfter(clock.instant().plusSeconds(300))) {
            errors.add(new FieldError("sentAt", "takedown.sentAt.future"));
        }
        String reference = null;
        try {
            reference = LinkRules.optional(form.reference(), "reference", 200);
        } catch (Refusal e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        TakedownRequest t = repository.add(new TakedownRequest(owner, form.platform(), url, form.kind(), sent,
                reference, actor.get().name(), clock.instant()));
        audit.record(actor.get().did("TAKEDOWN_RECORDED", "takedown", t.id(), owner.schoolId(),
                owner.ref() + " " + form.platform() + " " + form.kind()));
        return t.id();
    }

    @Transactional
    public void update(long takedownId, TakedownRequest.Status status, String answer) {
        if (status == null) {
            throw Invalid.of("status", "takedown.status.required");
        }
        String text = LinkRules.optional(answer, "answer", 2000);
        TakedownRequest t = repository.takedown(takedownId, access.schools())
                .orElseThrow(() -> new NotFound(List.of(new FieldError("id",
                        "evidence.notFound"))));
        access.owner(t.owner().kind(), t.owner().id());
        t.update(status, text, clock.instant());
        audit.record(actor.get().did("TAKEDOWN_UPDATED", "takedown", t.id(), t.schoolId(), status.name()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    List<EvidenceViews.Takedown> of(EvidenceOwner owner) {
        Instant overdue = clock.instant().minus(Duration.ofDays(reminderDays));
        return repository.takedowns(owner).stream().map(t -> new EvidenceViews.Takedown(t.id(), t.platform(),
                t.contentUrl(), t.kind(), t.sentAt(), t.reference(), t.status(), t.platformAnswer(), t.answeredAt(),
                t.status().awaitsAnswer() && t.sentAt().isBefore(overdue))).toList();
    }

    /**
     * Reminds the school's referents and head of each request sent more than the configured days ago and still
     * unanswered; again every such period until it is answered. Returns how many requests were reminded.
     */
    @Transactional
    public int remindUnanswered() {
        Instant limit = clock.instant().minus(Duration.ofDays(reminderDays));
        List<TakedownRequest> due = repository.unanswered(limit, REMINDER_BATCH);
        for (TakedownRequest t : due) {
            notifications.notify(schools.accountsWithRole(t.schoolId(), Set.of(Role.REFERENT, Role.HEAD_OF_SCHOOL)),
                    "TAKEDOWN_NO_ANSWER", t.owner().kind().name().toLowerCase(Locale.ROOT), t.owner().id(), false);
            t.reminded(clock.instant());
            audit.record(actor.get().did("TAKEDOWN_REMINDED", "takedown", t.id(), t.schoolId(),
                    reminderDays + " day(s) without answer"));
        }
        return due.size();
    }
}
