package org.haven.family.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.application.CaseGate;
import org.haven.cases.application.CaseGate.CaseRef;
import org.haven.cases.application.CaseGate.PartyRef;
import org.haven.directory.application.Contacts;
import org.haven.family.domain.FamilyMessage;
import org.haven.family.domain.FamilyRepository;
import org.haven.family.domain.MessageKind;
import org.haven.family.domain.ParentSight;
import org.haven.notify.application.Notifications;
import org.haven.platform.errors.Conflict;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.safeguarding.application.ConsentRecords;
import org.haven.safeguarding.domain.ConsentScope;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The school's side of the parent portal, for those who work the case (referents, head): each parent's thread,
 * the answers to it (the parent is told), and which parent-visible entries parents have confirmed reading.
 */
@ApplicationScoped
public class FamilyDesk {

    public static final String REPLY_KIND = "FAMILY_REPLY";

    @Inject
    CaseGate cases;

    @Inject
    FamilyRepository family;

    @Inject
    Contacts contacts;

    @Inject
    ConsentRecords consent;

    @Inject
    Notifications notifications;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public FamilyViews.Desk desk(long caseId) {
        CaseRef c = cases.workable(caseId);
        List<FamilyMessage> all = family.threads(caseId);
        Set<Long> accounts = new HashSet<>();
        all.forEach(m -> {
            accounts.add(m.parentAccountId());
            accounts.add(m.authorAccountId());
        });
        var acks = family.acknowledgements(caseId);
        acks.forEach(a -> accounts.add(a.accountId()));
        Map<Long, String> names = names(contacts, accounts);
        Map<Long, List<FamilyMessage>> byParent = all.stream().collect(Collectors.groupingBy(
                FamilyMessage::parentAccountId, LinkedHashMap::new, Collectors.toList()));
        List<FamilyViews.Thread> threads = new ArrayList<>();
        byParent.forEach((parent, messages) -> threads.add(new FamilyViews.Thread(parent, names.get(parent),
                c.parties().stream().filter(p -> Objects.equals(p.personId(), messages.get(0).childPersonId()))
                        .map(PartyRef::name).findFirst().orElse(""),
                messages.stream().map(m -> new FamilyViews.Message(m.id(), m.fromParent(), names.get(m.authorAccountId()),
                        m.kind(), m.body(), m.sentAt())).toList())));
        audit.record(actor.get().did("FAMILY_THREADS_VIEWED", "case", caseId, c.schoolId(), null));
        return new FamilyViews.Desk(threads, acks.stream().map(a -> new FamilyViews.Acknowledged(a.eventId(),
                names.get(a.accountId()), a.acknowledgedAt())).toList());
    }

    /** Answers a parent's thread; refused when the parent may no longer follow the case (the pupil's wishes). */
    @Transactional
    public void reply(long caseId, long parentAccountId, String body) {
        CaseRef c = cases.workable(caseId);
        List<FamilyMessage> thread = family.thread(caseId, parentAccountId);
        if (thread.isEmpty()) {
            throw new NotFound(List.of(new Refusal.FieldError("thread",
                    "family.thread.notFound")));
        }
        String text = checkBody(body);
        long child = thread.get(0).childPersonId();
        boolean stillFollows = c.parties().stream().anyMatch(p -> Objects.equals(p.personId(), child)
                && ParentSight.follows(p.part()) && consent.decide(caseId, p.id(), ConsentScope.PARENTS).allowed());
        if (!stillFollows) {
            throw new Conflict(List.of(new Refusal.FieldError("thread",
                    "family.thread.closed")));
        }
        long me = actor.require().accountId();
        family.add(new FamilyMessage(caseId, parentAccountId, child, me, false, MessageKind.MESSAGE, text,
                clock.instant()));
        notifications.notify(List.of(parentAccountId), REPLY_KIND, ParentNotifier.RECORD, caseId, false);
        audit.record(actor.get().did("FAMILY_MESSAGE_SENT", "case", caseId, c.schoolId(), "reply"));
    }

    static String checkBody(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw Invalid.of("body", "family.message.required");
        }
        if (text.length() > FamilyMessage.BODY_MAX) {
            throw new Invalid(List.of(new Refusal.FieldError("body",
                    "case.text.long", FamilyMessage.BODY_MAX)));
        }
        return text;
    }

    static Map<Long, String> names(Contacts contacts, Collection<Long> accounts) {
        return contacts.mailboxes(accounts).stream().collect(Collectors.toMap(Contacts.Mailbox::accountId,
                Contacts.Mailbox::displayName, (a, b) -> a));
    }
}
