package org.haven.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.directory.application.SchoolAdministration;
import org.haven.harm.domain.Risk;
import org.haven.helplines.application.HelpLine;
import org.haven.helplines.application.HelpResources;
import org.haven.reporting.domain.ReportForm;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The help lines shown to a report's author: those that answer the risks they ticked, in their language. */
@ApplicationScoped
public class ReportHelpLines {

    @Inject
    HelpResources helpResources;

    @Inject
    SchoolAdministration schools;

    /** The help lines that answer these risks, in this language (again, after a language switch). */
    public List<HelpLine> forRisks(Set<String> riskTags, Locale locale) {
        return helpResources.forRisks(schools.districtCountry(), riskTags, locale);
    }

    /**
     * The help lines for a report that could not be stored because the database is unreachable: those that fit its
     * danger answers (a missing answer counts as no), from the copy kept in memory. Reads nothing from the database.
     */
    public List<HelpLine> whileDown(ReportForm form, Locale locale) {
        ReportForm.RiskAnswers r = form == null || form.risk() == null
                ? new ReportForm.RiskAnswers(null, null, null, null, null, null) : form.risk();
        Risk risk = new Risk(yes(r.immediateDanger()), yes(r.selfHarm()), yes(r.threats()), yes(r.locationShared()),
                yes(r.blackmail()), yes(r.intimateImages()));
        Set<String> tags = risk.tags().stream().map(Enum::name).collect(Collectors.toSet());
        return helpResources.forRisksFromCopy(tags, locale);
    }

    private static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }
}
