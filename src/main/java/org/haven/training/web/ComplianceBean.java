package org.haven.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.training.application.TrainingCompliance;
import org.haven.training.application.TrainingViews.ComplianceReport;
import org.haven.training.domain.ComplianceStatus;

import java.util.List;

/**
 * Training compliance for the district lead (/district/training.xhtml, every school) and a head of school
 * (/staff/training/compliance.xhtml, their school); 404 for anyone else.
 */
@Named("compliance")
@RequestScoped
public class ComplianceBean {

    @Inject
    TrainingCompliance compliance;

    private ComplianceReport report;

    public void load() {
        report = compliance.report(Pages.locale()).orElse(null);
        if (report == null) {
            Pages.notFound();
        }
    }

    public ComplianceReport getReport() {
        return report;
    }

    public List<ComplianceStatus> getStatuses() {
        return List.of(ComplianceStatus.values());
    }
}
