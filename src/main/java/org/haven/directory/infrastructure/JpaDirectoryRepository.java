package org.haven.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.haven.directory.domain.Account;
import org.haven.directory.domain.DirectoryRepository;
import org.haven.directory.domain.District;
import org.haven.directory.domain.RoleGrant;
import org.haven.directory.domain.School;
import org.haven.directory.domain.SchoolCode;
import org.haven.platform.security.Role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Adding flushes at once, so that the new row's identifier is known (for the audit entry that follows). */
@ApplicationScoped
public class JpaDirectoryRepository implements DirectoryRepository {

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    @Override
    public Optional<District> district() {
        return em.createQuery("SELECT d FROM District d ORDER BY d.id", District.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public District add(District district) {
        em.persist(district);
        em.flush();
        return district;
    }

    @Override
    public Optional<School> school(long id) {
        return Optional.ofNullable(em.find(School.class, id));
    }

    @Override
    public Optional<School> schoolByCode(SchoolCode code) {
        return em.createQuery("SELECT s FROM School s WHERE s.code = :code", School.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<School> schools(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM School s WHERE s.id IN :ids ORDER BY s.name, s.id", School.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<School> activeSchools() {
        return em.createQuery("SELECT s FROM School s WHERE s.active = TRUE ORDER BY s.name, s.id", School.class)
                .getResultList();
    }

    @Override
    public School add(School school) {
        em.persist(school);
        em.flush();
        return school;
    }

    @Override
    public Optional<Account> account(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<List<RoleGrant>> grantsOfEnabledAccount(long accountId) {
        List<?> rows = em.createNativeQuery("SELECT a.enabled AND a.password_hash IS NOT NULL, r.role, r.school_id"
                + " FROM account a LEFT JOIN account_role r ON r.account_id = a.id WHERE a.id = ?1")
                .setParameter(1, accountId).getResultList();
        if (rows.isEmpty() || !truth(((Object[]) rows.getFirst())[0])) {
            return Optional.empty();
        }
        List<RoleGrant> grants = new ArrayList<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            if (cells[1] != null) {
                grants.add(new RoleGrant(Role.valueOf(cells[1].toString()),
                        cells[2] == null ? null : ((Number) cells[2]).longValue()));
            }
        }
        return Optional.of(grants);
    }

    private static boolean truth(Object cell) {
        return cell instanceof Boolean b ? b : cell instanceof Number n && n.longValue() != 0;
    }

    @Override
    public Optional<Account> accountByUsername(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public List<Account> accountsByEmail(String email) {
        return em.createQuery("SELECT a FROM Account a WHERE LOWER(a.email) = :e", Account.class)
                .setParameter("e", email.toLowerCase(Locale.ROOT)).setMaxResults(2).getResultList();
    }

    @Override
    public Account add(Account account) {
        em.persist(account);
        em.flush();
        return account;
    }

    @Override
    public List<Long> accountIdsWithRole(long schoolId, Collection<Role> roles) {
        return em.createQuery("SELECT DISTINCT a.id FROM Account a JOIN a.roles g WHERE g.schoolId = :s"
                        + " AND g.role IN :roles AND a.enabled = TRUE", Long.class)
                .setParameter("s", schoolId).setParameter("roles", roles).getResultList();
    }

    @Override
    public List<Long> accountIdsWithDistrictRole(Collection<Role> roles) {
        return em.createQuery("SELECT DISTINCT a.id FROM Account a JOIN a.roles g WHERE g.schoolId IS NULL"
                        + " AND g.role IN :roles AND a.enabled = TRUE", Long.class)
                .setParameter("roles", roles).getResultList();
    }
}
