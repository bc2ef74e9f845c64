package org.haven.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseRepository;
import org.haven.cases.domain.CaseScope;
import org.haven.platform.errors.Forbidden;
import org.haven.platform.errors.NotFound;
import org.haven.platform.errors.Refusal;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.Role;

import java.util.Set;

/**
 * Who may load and do what with a case. Loading goes through the scope in the query; a case outside it is
 * "not found" (404), as if it did not exist, and the attempt is audited.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    CurrentActor actor;

    @Inject
    CaseRepository cases;

    @Inject
    AuditLog audit;

    public CaseScope scope() {
        HavenPrincipal p = actor.require();
        return new CaseScope(p.schoolsWhere(Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL), p.accountId(),
                p.hasRole(Role.Names.DISTRICT_LEAD));
    }

    /** The case if in scope; otherwise 404, with the attempt in the audit log. */
    public CaseFile load(long caseId) {
        return cases.inScope(caseId, scope()).orElseThrow(() -> {
            audit.recordRefusal(actor.get().did("CASE_ACCESS_DENIED", "case", caseId, null, null));
            return notFound();
        });
    }

    public boolean works(CaseFile c) {
        return scope().works(c);
    }

    /** The reader follows the case only as its filer: the incident as filed and its progress, not the file. */
    public boolean onlyFiled(CaseFile c) {
        return scope().onlyFiled(c);
    }

    public boolean holds(CaseFile c, Role role) {
        if (!role.isSchoolScoped()) {
            return actor.require().hasRole(role.securityName());
        }
        return actor.require().schoolsWhere(role.securityName()).contains(c.schoolId());
    }

    /** May complete or skip a step owned by this role: who runs the case, or who holds the owner role there. */
    public boolean mayDoStep(CaseFile c, Role owner) {
        return works(c) || holds(c, owner);
    }

    public boolean mayDecide(CaseFile c) {
        return works(c) || (c.escalated() && holds(c, Role.DISTRICT_LEAD));
    }

    public boolean mayClose(CaseFile c) {
        return holds(c, Role.HEAD_OF_SCHOOL);
    }

    public void require(boolean allowed) {
        if (!allowed) {
            throw new Forbidden(java.util.List.of(
                    new Refusal.FieldError("id", "case.forbidden")));
        }
    }

    public Set<Long> schoolsWhereStaff() {
        return actor.require().schoolsWhere(Role.Names.TEACHER, Role.Names.STAFF, Role.Names.REFERENT,
                Role.Names.HEAD_OF_SCHOOL);
    }

    public static Refusal notFound() {
        return new NotFound(java.util.List.of(
                new Refusal.FieldError("id", "case.notFound")));
    }
}
