package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseStep;
import org.haven.cases.domain.RiskLevel;
import org.haven.evidence.application.EvidenceIntake;
import org.haven.reporting.application.ReportHandover;

import java.time.Instant;
import java.util.Set;

/** Reads a case as the facts its protocol's escalation rules are written on: answers, risk, evidence, lateness. */
@ApplicationScoped
public class CaseFactSheet {

    @Inject
    CaseRepository cases;

    @Inject
    ReportHandover reports;

    @Inject
    EvidenceIntake evidence;

    /** The facts the protocol's conditions are written on (see Facts for the vocabulary). */
    public Set<String> facts(CaseFile c, Instant now) {
        Set<String> facts = new java.util.TreeSet<>();
        c.riskTags().forEach(tag -> facts.add(CaseFacts.fromTag(tag)));
        facts.add("category." + c.category().toLowerCase(java.util.Locale.ROOT));
        if (c.riskLevel() == RiskLevel.HIGH) {
            facts.add("risk_level.high");
        }
        if (c.riskLevel() == RiskLevel.IMMEDIATE) {
            facts.add("risk_level.immediate");
            facts.add("risk_level.high");
        }
        if (c.cycle() > 0) {
            facts.add("case.reopened");
        }
        if (c.reportId() != null) {
            reports.facts(c.reportId(), Set.of(c.schoolId())).ifPresent(r -> {
                if (r.evidenceFiles() > 0) {
                    facts.add("evidence.file");
                }
                if (r.links() > 0) {
                    facts.add("evidence.link");
                }
            });
        }
        if (evidence.count(CaseEvidenceScope.owner(c)) > 0) {
            facts.add("evidence.file");
        }
        if (CaseFacts.imagesAtStake(c) && (facts.contains("evidence.file") || facts.contains("evidence.link"))) {
            facts.add("evidence.intimate_images");
        }
        for (CaseStep s : cases.steps(c.id())) {
            if (s.isOverdue(now)) {
                facts.add("overdue.any");
                facts.add("overdue." + s.stepId());
            }
        }
        return facts;
    }
}
