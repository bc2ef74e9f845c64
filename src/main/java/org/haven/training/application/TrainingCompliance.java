package org.haven.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.Role;
import org.haven.training.application.TrainingViews.ComplianceFigures;
import org.haven.training.application.TrainingViews.ComplianceReport;
import org.haven.training.application.TrainingViews.ComplianceRow;
import org.haven.training.application.TrainingViews.Gap;
import org.haven.training.domain.ActivitySummary;
import org.haven.training.domain.Assignment;
import org.haven.training.domain.ComplianceStatus;
import org.haven.training.domain.RoleRequirement;
import org.haven.training.domain.StaffMember;
import org.haven.training.domain.StaffRoster;
import org.haven.training.domain.TrainingModule;
import org.haven.training.domain.TrainingRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Training compliance: for every member of staff and every module assigned to them, trained, late, in progress or
 * not started; counted per school and module, per module, and the gaps in what roles require. The district lead
 * sees every school, a head of school their own; nobody else sees any.
 */
@ApplicationScoped
public class TrainingCompliance {

    @Inject
    TrainingCatalog catalog;

    @Inject
    TrainingRepository repository;

    @Inject
    StaffRoster roster;

    @Inject
    SchoolAdministration schools;

    @Inject
    TrainingStanding standing;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The report of the schools the caller may see, or empty when they may see none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ComplianceReport> report(Locale locale) {
        return scope().map(s -> build(s, locale));
    }

    /** The same as CSV (UTF-8 with a byte-order mark, one line per person and module); audited. */
    @Transactional
    public Optional<String> csv(Locale locale) {
        return report(locale).map(r -> {
            String text = ComplianceCsv.of(r, locale);
            audit.record(actor.get().did("TRAINING_COMPLIANCE_EXPORTED", "training_compliance", null, null,
                    r.rows().size() + " rows"));
            return text;
        });
    }

    /**
     * Every person and module assigned in these schools, for insight's training figures: insight has checked the
     * reader's scope (which, unlike this page's, includes referents) and audits the reading. Writes nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplianceRow> rowsOf(List<SchoolView> schools) {
        return schools.isEmpty() ? List.of() : build(schools, Locale.ROOT).rows();
    }

    /** The schools of the caller's scope, by name: every active school for the district lead. */
    private Optional<List<SchoolView>> scope() {
        Optional<HavenPrincipal> p = actor.principal();
        if (p.isEmpty()) {
            return Optional.empty();
        }
        List<SchoolView> all = schools.activeSchools();
        if (p.get().hasRole(Role.Names.DISTRICT_LEAD)) {
            return Optional.of(all);
        }
        Set<Long> mine = p.get().schoolsWhere(Role.Names.HEAD_OF_SCHOOL);
        return mine.isEmpty() ? Optional.empty()
                : Optional.of(all.stream().filter(s -> mine.contains(s.id())).toList());
    }

    ComplianceReport build(List<SchoolView> inScope, Locale locale) {
        Map<Long, SchoolView> schoolsById = inScope.stream()
                .collect(Collectors.toMap(SchoolView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<StaffMember> staff = roster.staff(schoolsById.keySet());
        List<Assignment> assignments = repository.assignments();
        Map<String, ActivitySummary> activity = repository.activity(clock.instant()).stream()
                .collect(Collectors.toMap(a -> a.accountId() + "/" + a.moduleId(), Function.identity()));
        LocalDate today = standing.today();
        List<ComplianceRow> rows = new ArrayList<>();
        for (StaffMember member : staff) {
            SchoolView school = schoolsById.get(member.schoolId());
            for (TrainingModule m : catalog.modules()) {
                LocalDate due = TrainingStanding.due(assignments, List.of(member), m.id());
                if (due == null) {
                    continue;
                }
                ActivitySummary a = activity.get(member.accountId() + "/" + m.id());
                ComplianceStatus status = a == null ? ComplianceStatus.of(false, null, null, due, today)
                        : ComplianceStatus.of(a.validCertificate(), a.lastActivity(), a.lastIssued(), due, today);
                rows.add(new ComplianceRow(school.id(), school.code(), school.name(), m.id(), m.title().in(locale),
                        member.accountId(), member.displayName(), member.roles(), due, status));
            }
        }
        rows.sort(Comparator.comparing(ComplianceRow::schoolName).thenComparing(r -> moduleIndex(r.moduleId()))
                .thenComparing(ComplianceRow::name));
        List<ComplianceFigures> byModule = ComplianceCounts.figures(rows, false).stream()
                .sorted(Comparator.comparing(f -> moduleIndex(f.moduleId()))).toList();
        return new ComplianceReport(ComplianceCounts.figures(rows, true), byModule, rows,
                gaps(staff, schoolsById, activity, locale));
    }

    private int moduleIndex(String moduleId) {
        List<TrainingModule> modules = catalog.modules();
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).id().equals(moduleId)) {
                return i;
            }
        }
        return modules.size();
    }

    private List<Gap> gaps(List<StaffMember> staff, Map<Long, SchoolView> schoolsById,
                           Map<String, ActivitySummary> activity, Locale locale) {
        List<RoleRequirement> requirements = repository.requirements();
        List<Gap> gaps = new ArrayList<>();
        for (StaffMember member : staff) {
            for (RoleRequirement r : requirements) {
                ActivitySummary a = activity.get(member.accountId() + "/" + r.moduleId());
                if (member.roles().contains(r.role()) && (a == null || !a.validCertificate())) {
                    gaps.add(new Gap(member.schoolId(), schoolsById.get(member.schoolId()).name(), member.accountId(),
                            member.displayName(), r.role(), r.moduleId(), catalog.title(r.moduleId(), locale)));
                }
            }
        }
        return gaps;
    }
}
