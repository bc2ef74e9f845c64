package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.EventKind;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.platform.security.HavenPrincipal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The shape every person's action on a case takes: the case loaded in the actor's scope, the action allowed, its
 * input checked, then the change recorded on the timeline and audited, all in the caller's transaction.
 */
@ApplicationScoped
public class CaseActs {

    /** Who acts on which case, and when. */
    public record Act(CaseFile c, long by, String byName, Instant at) {
    }

    @Inject
    CaseAccess access;

    @Inject
    CaseEngine engine;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The case in scope (404 otherwise), refused (403) unless the check allows the actor. */
    public CaseFile load(long caseId, Predicate<CaseFile> may) {
        CaseFile c = access.load(caseId);
        access.require(may.test(c));
        return c;
    }

    /** The case in scope and still active: a closed case takes no work until it is reopened. */
    public CaseFile active(long caseId) {
        CaseFile c = access.load(caseId);
        if (!c.status().isActive()) {
            throw Invalid.of("status", "case.closed");
        }
        return c;
    }

    /** Refuses the input (400) when one of these checks found something wrong; nulls are checks that passed. */
    public static void check(FieldError... errors) {
        check(Arrays.asList(errors));
    }

    public static void check(List<FieldError> errors) {
        List<FieldError> found = errors.stream().filter(Objects::nonNull).toList();
        if (!found.isEmpty()) {
            throw new Invalid(found);
        }
    }

    /** The action starts: who does it, now. */
    public Act begin(CaseFile c) {
        HavenPrincipal me = actor.require();
        return new Act(c, me.accountId(), me.displayName(), clock.instant());
    }

    /** The action's entry on the case's timeline, in the actor's name. */
    public void record(Act a, EventKind kind, String subject, String detail, boolean parentVisible,
                       boolean pupilVisible) {
        engine.record(a.c(), kind, a.by(), a.byName(), subject, detail, parentVisible, pupilVisible, a.at());
    }

    /** The action's audit entry, in the same transaction as what it records. */
    public void audit(Act a, String action, String subject) {
        audit(a.c(), action, subject);
    }

    public void audit(CaseFile c, String action, String subject) {
        audit.record(actor.get().did(action, "case", c.id(), c.schoolId(), subject));
    }

    public HavenPrincipal me() {
        return actor.require();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
