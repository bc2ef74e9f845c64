package org.haven.evidence.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.evidence.domain.CustodyAction;
import org.haven.evidence.domain.DossierContent;
import org.haven.evidence.domain.EvidenceFile;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.evidence.domain.EvidenceRepository;
import org.haven.evidence.infrastructure.ChunkCipher;
import org.haven.evidence.infrastructure.DossierPdf;
import org.haven.evidence.infrastructure.DossierZip;
import org.haven.evidence.infrastructure.ImagePreviews;
import org.haven.evidence.infrastructure.SealedBlobs;
import org.haven.platform.config.DistrictZone;
import org.haven.platform.errors.Forbidden;
import org.haven.platform.errors.Refusal;
import org.haven.platform.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dossier of a report or a case for the police, a platform or PHAROS: a PDF, or a ZIP of the PDF, the
 * original files and a {@code SHA256SUMS} manifest. Only referents and heads of school of the owner's school
 * (the protocol's own limit on who may export comes with the protocol engine). Every file is verified first:
 * if one fails, nothing is exported and an integrity alert is raised. Each file's custody log gets the export,
 * and the audit log {@code DOSSIER_EXPORTED}, before the dossier is written, so the dossier shows its own export.
 * A case's dossier also holds the evidence and timeline of the reports joined to it
 * ({@link EvidenceOwnerScope#attached}), each file still under its report.
 */
@ApplicationScoped
public class DossierExport {

    public static final int PREVIEW_SIDE = 600;

    /** PDF or ZIP. */
    public enum Format {
        PDF, ZIP
    }

    @Inject
    EvidenceAccess access;

    @Inject
    EvidenceOwners owners;

    @Inject
    EvidenceRepository repository;

    @Inject
    SealedBlobs blobs;

    @Inject
    IntegrityAlerts alerts;

    @Inject
    EvidenceCustody custody;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject

    DistrictZone districtZone;

    /** A dossier ready to write, or refused ({@code content} null) because a file failed its check. */
    public record Prepared(DossierContent content, Map<Long, EvidenceFile> files, Locale locale, Format format) {
        public boolean refused() {
            return content == null;
        }
    }

    @Transactional
    public Prepared prepare(EvidenceOwner.Kind kind, long ownerId, Format format, Locale locale) {
        EvidenceOwner owner = access.owner(kind, ownerId);
        if (!owners.of(kind).orElseThrow().mayExport(actor.require(), owner)) {
            throw new Forbidden(List.of(new Refusal.FieldError("export",
                    "evidence.export.forbidden")));
        }
        String place = "dossier export " + format.name().toLowerCase(Locale.ROOT);
        EvidenceOwnerScope scope = owners.of(kind).orElseThrow();
        List<EvidenceOwner> joined = scope.attached(owner);
        List<EvidenceFile> files = new ArrayList<>(live(owner));
        joined.forEach(o -> files.addAll(live(o)));
        boolean intact = true;
        for (EvidenceFile f : files) {
            SealedBlobs.Verification v = blobs.verify(f);
            if (!v.intact()) {
                alerts.raise(f, actor.get(), place, v.problem());
                intact = false;
            }
        }
        if (!intact) {
            return new Prepared(null, Map.of(), locale, format);
        }
        for (EvidenceFile f : files) {
            custody.record(f, CustodyAction.EXPORTED, actor.get(), place, null);
        }
        audit.record(actor.get().did("DOSSIER_EXPORTED", kind.name().toLowerCase(Locale.ROOT), ownerId,
                owner.schoolId(), format + ", " + files.size() + " file(s)"));
        DossierContent.OwnerDossier own = scope.dossier(owner, locale);
        List<DossierContent.Item> items = new ArrayList<>();
        for (EvidenceFile f : files) {
            items.add(item(f));
        }
        List<DossierContent.TimelineEntry> timeline = new ArrayList<>(own.timeline());
        for (EvidenceFile f : files) {
            timeline.add(new DossierContent.TimelineEntry(f.createdAt(), f.addedBy(),
                    Messages.text(locale, "dossier.timeline.evidenceAdded", f.fileName())));
        }
        for (EvidenceOwner o : joined) {
            DossierContent.OwnerDossier part = owners.of(o.kind()).orElseThrow().dossier(o, locale);
            part.timeline().forEach(e -> timeline.add(new DossierContent.TimelineEntry(e.when(), e.who(),
                    part.number() + " — " + e.what())));
        }
        timeline.sort(Comparator.comparing(DossierContent.TimelineEntry::when));
        List<EvidenceOwner> linkOwners = new ArrayList<>(List.of(owner));
        linkOwners.addAll(joined);
        List<DossierContent.Link> links = linkOwners.stream().flatMap(o -> repository.links(o).stream())
                .map(l -> new DossierContent.Link(l.url(), l.seenAt(),
                        l.platform() == null ? null : Messages.text(locale, "report.platform." + l.platform()),
                        l.authorHandle(), l.note()))
                .toList();
        DossierContent content = new DossierContent(new DossierContent.OwnerDossier(own.title(), own.school(),
                own.number(), own.summary(), timeline), clock.instant(), actor.get().name(), items, links);
        return new Prepared(content, files.stream().collect(Collectors.toMap(EvidenceFile::id, f -> f)), locale,
                format);
    }

    /** Writes a prepared dossier (outside the transaction that checked and logged it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void write(Prepared prepared, OutputStream out) throws IOException {
        if (prepared.refused()) {
            throw new IllegalStateException("a refused dossier is never written");
        }
        Function<String, String> label = key -> Messages.text(prepared.locale(), key);
        ZoneId z = districtZone.zone();
        if (prepared.format() == Format.PDF) {
            DossierPdf.write(prepared.content(), label, z, out);
        } else {
            DossierZip.write(prepared.content(), pdf -> DossierPdf.write(prepared.content(), label, z, pdf),
                    (item, sink) -> blobs.copyTo(prepared.files().get(item.id()), sink), out);
        }
    }

    private List<EvidenceFile> live(EvidenceOwner owner) {
        return repository.ofOwner(owner).stream().filter(f -> f.purgedAt() == null).toList();
    }

    private DossierContent.Item item(EvidenceFile f) {
        List<DossierContent.CustodyLine> log = repository.custody(f.id()).stream()
                .map(c -> new DossierContent.CustodyLine(c.at(), c.actor(), c.action().name(), c.place()))
                .toList();
        byte[] preview = null;
        if (ImagePreviews.previewable(f.contentType())) {
            try (InputStream in = blobs.open(f)) {
                preview = ImagePreviews.render(in, PREVIEW_SIDE).orElse(null);
            } catch (IOException e) {
                preview = null;
            }
        }
        String sha;
        try {
            sha = HexFormat.of().formatHex(blobs.expectedDigest(f));
        } catch (ChunkCipher.TamperedException e) {
            throw new IllegalStateException("evidence " + f.id() + " was verified a moment ago", e);
        }
        return new DossierContent.Item(f.id(), f.fileName(), f.contentType(), f.sizeBytes(), sha, f.createdAt(),
                Optional.ofNullable(f.addedBy()).orElse("?"), log, preview);
    }
}
