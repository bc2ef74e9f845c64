package org.haven.evidence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.evidence.domain.CustodyAction;
import org.haven.evidence.domain.EvidenceFile;
import org.haven.evidence.domain.EvidenceLink;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.evidence.domain.EvidenceReceipt;
import org.haven.evidence.domain.EvidenceRepository;
import org.haven.evidence.domain.EvidenceSource;
import org.haven.evidence.domain.EvidenceUpload;
import org.haven.evidence.domain.LinkRules;
import org.haven.evidence.domain.OnlinePlatform;
import org.haven.evidence.infrastructure.ImagePreviews;
import org.haven.helplines.application.HelpResources;
import org.haven.platform.errors.Invalid;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The evidence panel of a report or a case, for the referents and head of its school: the files with their
 * SHA-256 and custody, the links, the takedown requests; adding files and links; deleting a file (its bytes are
 * overwritten, its custody kept). Every read and change is audited.
 */
@ApplicationScoped
public class StaffEvidence {

    @Inject
    EvidenceAccess access;

    @Inject
    EvidenceRepository repository;

    @Inject
    EvidenceIntake intake;

    @Inject
    EvidenceDelivery delivery;

    @Inject
    EvidenceCustody custody;

    @Inject
    Takedowns takedowns;

    @Inject
    HelpResources help;

    @Inject
    SchoolAdministration schools;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public EvidenceViews.Panel panel(EvidenceOwner.Kind kind, long ownerId, Locale locale) {
        EvidenceOwner owner = access.owner(kind, ownerId);
        List<EvidenceViews.Item> items = repository.ofOwner(owner).stream().map(this::item).toList();
        audit.record(actor.get().did("EVIDENCE_PANEL_VIEWED", kind.name().toLowerCase(Locale.ROOT), ownerId,
                owner.schoolId(), items.size() + " file(s)"));
        List<EvidenceViews.Link> links = repository.links(owner).stream().map(StaffEvidence::link).toList();
        return new EvidenceViews.Panel(owner, items, links, takedowns.of(owner),
                help.takedownEscalations(schools.districtCountry(), locale), true);
    }

    @Transactional
    public EvidenceReceipt add(EvidenceOwner.Kind kind, long ownerId, EvidenceUpload upload, String description) {
        EvidenceOwner owner = access.owner(kind, ownerId);
        String note = LinkRules.optional(description, "description", LinkRules.MAX_NOTE);
        return intake.store(owner, upload, new EvidenceIntake.Origin(EvidenceSource.STAFF_PANEL, actor.get(),
                "staff evidence panel", note), "file");
    }

    @Transactional
    public long addLink(EvidenceOwner.Kind kind, long ownerId, String url, Instant seenAt, OnlinePlatform platform,
                        String handle, String note) {
        EvidenceOwner owner = access.owner(kind, ownerId);
        LinkRules.Checked checked = LinkRules.check(url, seenAt, handle, note, clock);
        EvidenceLink link = repository.add(new EvidenceLink(owner, checked.url(), seenAt, platform,
                checked.handle(), checked.note(), actor.get().name(), clock.instant()));
        audit.record(actor.get().did("EVIDENCE_LINK_ADDED", kind.name().toLowerCase(Locale.ROOT), ownerId,
                owner.schoolId(), "link " + link.id()));
        return link.id();
    }

    /** Deletes a file: its chunks are overwritten then removed; the file's row and custody stay, marked deleted. */
    @Transactional
    public void delete(long evidenceId, String reason) {
        String why = LinkRules.optional(reason, "reason", 300);
        if (why == null) {
            throw Invalid.of("reason", "evidence.delete.reason");
        }
        EvidenceFile file = repository.forUpdate(access.file(evidenceId).id()).orElseThrow();
        repository.shredChunks(file.id());
        file.purged(clock.instant());
        custody.record(file, CustodyAction.DELETED, actor.get(), "staff evidence panel", why);
    }

    EvidenceViews.Item item(EvidenceFile f) {
        List<EvidenceViews.Custody> log = repository.custody(f.id()).stream()
                .map(c -> new EvidenceViews.Custody(c.at(), c.actor(), c.actorRole(), c.action(), c.place()))
                .toList();
        boolean live = f.purgedAt() == null;
        return new EvidenceViews.Item(f.id(), f.fileName(), f.contentType(), f.sizeBytes(),
                live ? delivery.sha256(f) : null, f.createdAt(), f.addedBy(), f.addedFrom(), f.description(),
                live && f.integrityAlertAt() == null && ImagePreviews.previewable(f.contentType()),
                f.integrityAlertAt(), f.purgedAt(), log);
    }

    static EvidenceViews.Link link(EvidenceLink l) {
        return new EvidenceViews.Link(l.id(), l.url(), l.seenAt(), l.platform(), l.authorHandle(), l.note(),
                l.addedBy());
    }
}
