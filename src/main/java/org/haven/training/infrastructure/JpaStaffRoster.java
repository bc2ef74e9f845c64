package org.haven.training.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.platform.security.Role;
import org.haven.training.domain.StaffMember;
import org.haven.training.domain.StaffRoster;
import org.haven.training.domain.TrainingRoles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The school staff, read from the directory's tables in one query (a read model for compliance, which must cover
 * every member of staff of every school at once). Training never writes these tables.
 */
@ApplicationScoped
public class JpaStaffRoster implements StaffRoster {

    private static final String ROLES = TrainingRoles.STAFF.stream().map(r -> "'" + r.name() + "'")
            .collect(Collectors.joining(","));

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public List<StaffMember> staff(Collection<Long> schoolIds) {
        if (schoolIds != null && schoolIds.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT a.id, a.display_name, r.school_id, r.role, a.username FROM account a"
                + " JOIN account_role r ON r.account_id = a.id"
                + " WHERE a.enabled = TRUE AND r.school_id IS NOT NULL AND r.role IN (" + ROLES + ")"
                + (schoolIds == null ? "" : " AND r.school_id IN (" + ids(schoolIds) + ")")
                + " ORDER BY r.school_id, a.display_name, a.id";
        return group(em.createNativeQuery(sql).getResultList());
    }

    @Override
    public List<StaffMember> of(long accountId) {
        String sql = "SELECT a.id, a.display_name, r.school_id, r.role, a.username FROM account a"
                + " JOIN account_role r ON r.account_id = a.id"
                + " WHERE a.id = ? AND r.school_id IS NOT NULL AND r.role IN (" + ROLES + ")"
                + " ORDER BY r.school_id";
        return group(em.createNativeQuery(sql).setParameter(1, accountId).getResultList());
    }

    /** Numbers only, so the list can be written into the query. */
    private static String ids(Collection<Long> ids) {
        return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
    }

    @SuppressWarnings("unchecked")
    private static List<StaffMember> group(List<?> rows) {
        Map<String, Object[]> byAccountAndSchool = new LinkedHashMap<>();
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String key = r[0] + "/" + r[2];
            byAccountAndSchool.putIfAbsent(key, r);
            roles.computeIfAbsent(key, k -> EnumSet.noneOf(Role.class)).add(Role.valueOf((String) r[3]));
        }
        List<StaffMember> staff = new ArrayList<>();
        byAccountAndSchool.forEach((key, r) -> staff.add(new StaffMember(((Number) r[0]).longValue(), (String) r[4], (String) r[1],
                ((Number) r[2]).longValue(), roles.get(key))));
        return staff;
    }
}
