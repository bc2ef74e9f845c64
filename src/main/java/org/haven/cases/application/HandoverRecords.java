package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseHandover;
import org.haven.cases.domain.HandoverQueries;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.evidence.domain.DossierContent;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.platform.security.Role;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The read-only records of the handovers a school made (issue 20), as the old school reads them; audited. */
@ApplicationScoped
public class HandoverRecords {

    @Inject
    HandoverQueries handoverRows;

    @Inject
    SchoolAdministration schools;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    CaseEvidenceScope dossiers;

    /** The handovers the caller's schools made (their read-only records), newest first. */
    @Transactional
    public List<CaseHandovers.View> made() {
        List<CaseHandovers.View> out = handoverRows.handoversFrom(scope(), 100).stream().map(h -> view(h, false)).toList();
        audit.record(actor.get().did("HANDOVERS_LISTED", "case_handover", null, null, out.size() + " row(s)"));
        return out;
    }

    /** One handover of the caller's schools with the old school's record of its part; 404 otherwise. */
    @Transactional
    public CaseHandovers.View record(long id) {
        CaseHandover h = handoverRows.handoverFrom(id, scope()).orElseThrow(() -> new NotFound(List.of(new FieldError("id", "handover.notFound"))));
        audit.record(actor.get().did("HANDOVER_RECORD_VIEWED", "case", h.caseId(), h.fromSchoolId(), h.caseNumber()));
        return view(h, true);
    }

    private java.util.Set<Long> scope() {
        return actor.require().schoolsWhere(Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL);
    }

    public CaseHandovers.View view(CaseHandover h, boolean withRecord) {
        return new CaseHandovers.View(h.id(), h.caseId(), h.caseNumber(), name(h.fromSchoolId()),
                Optional.ofNullable(h.toSchoolId()).map(this::name).orElse(null), h.destination(), h.reason(),
                h.summary(), h.pupilConsent(), h.parentConsent(), h.handedByName(), h.handedAt(),
                withRecord ? h.oldRecord() : null);
    }

    private String name(long schoolId) {
        return schools.byId(schoolId).map(SchoolView::name).orElse("");
    }

    /** The old school's record of its part: the case's dossier text (facts, parties, timeline) as of now. */
    public String writtenNow(CaseFile c, Locale locale) {
        DossierContent.OwnerDossier d = dossiers.dossier(CaseEvidenceScope.owner(c), locale);
        StringBuilder text = new StringBuilder(d.title()).append(" — ").append(d.school()).append('\n');
        d.summary().forEach(line -> text.append(line).append('\n'));
        text.append('\n');
        d.timeline().forEach(e -> text.append(e.when()).append(" — ").append(e.who()).append(" — ")
                .append(e.what()).append('\n'));
        return text.toString();
    }
}
