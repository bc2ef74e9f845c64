package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseRepository;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.evidence.application.EvidenceOwnerScope;
import org.haven.evidence.domain.DossierContent;
import org.haven.evidence.domain.EvidenceOwner;
import org.haven.platform.i18n.Messages;
import org.haven.platform.security.HavenPrincipal;
import org.haven.protocol.domain.ProtocolDefinition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cases as owners of evidence: a case belongs to its school, whose referents and head see its evidence (the vault
 * checks the school in its query); a case's evidence is kept for the retention period after it is closed. Its
 * dossier tells the case's facts, the people involved and its whole timeline.
 */
@ApplicationScoped
public class CaseEvidenceScope implements EvidenceOwnerScope {

    @Inject
    CaseRepository cases;

    @Inject
    CaseEngine engine;

    @Inject
    SchoolAdministration schools;

    @Override
    public EvidenceOwner.Kind kind() {
        return EvidenceOwner.Kind.CASE;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EvidenceOwner> find(long ownerId) {
        return cases.byId(ownerId).map(CaseEvidenceScope::owner);
    }

    @Override
    public boolean mayAccess(HavenPrincipal principal, EvidenceOwner owner) {
        return true;
    }

    /** The protocol the case runs under names the roles that may export its dossier (police, platform, PHAROS). */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayExport(HavenPrincipal principal, EvidenceOwner owner) {
        CaseFile c = cases.byId(owner.id()).orElseThrow();
        return engine.protocolOf(c).evidenceExport().stream()
                .anyMatch(role -> principal.schoolsWhere(role.securityName()).contains(c.schoolId()));
    }

    /** The reports of the case (opened from, attached live): their evidence is part of its dossier (issue 20). */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvidenceOwner> attached(EvidenceOwner owner) {
        CaseFile c = cases.byId(owner.id()).orElseThrow();
        List<EvidenceOwner> joined = new ArrayList<>();
        if (c.reportId() != null) {
            joined.add(new EvidenceOwner(EvidenceOwner.Kind.REPORT, c.reportId(), c.schoolId()));
        }
        cases.attachments(c.id()).stream().filter(org.haven.cases.domain.AttachedReport::live)
                .forEach(a -> joined.add(new EvidenceOwner(EvidenceOwner.Kind.REPORT, a.reportId(), c.schoolId())));
        return joined;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvidenceOwner> closedBefore(Instant limit, int max) {
        return cases.closedBefore(limit, max).stream().map(CaseEvidenceScope::owner).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public DossierContent.OwnerDossier dossier(EvidenceOwner owner, Locale locale) {
        CaseFile c = cases.byId(owner.id()).orElseThrow();
        ProtocolDefinition protocol = engine.protocolOf(c);
        String school = schools.byId(c.schoolId()).map(SchoolView::name).orElse("");
        List<String> summary = CaseDossierText.summary(c, protocol, cases.parties(c.id()), locale);
        List<DossierContent.TimelineEntry> timeline = cases.events(c.id(), List.of()).stream()
                .map(e -> TimelineEntries.event(e, protocol, locale, schools.districtSchedule().zone(), true))
                .map(e -> CaseDossierText.entry(e, locale))
                .toList();
        return new DossierContent.OwnerDossier(Messages.text(locale, "case.number", c.number()), school, c.number(),
                summary, timeline);
    }

    static EvidenceOwner owner(CaseFile c) {
        return new EvidenceOwner(EvidenceOwner.Kind.CASE, c.id(), c.schoolId());
    }
}
