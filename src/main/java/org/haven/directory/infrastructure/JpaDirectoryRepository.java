package org.haven.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.haven.directory.domain.Account;
import org.haven.directory.domain.DirectoryRepository;
import org.haven.directory.domain.District;
import org.haven.directory.domain.Person;
import org.haven.directory.domain.PersonKind;
import org.haven.platform.security.Role;
import org.haven.directory.domain.RoleGrant;
import org.haven.directory.domain.School;
import org.haven.directory.domain.SchoolCode;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
/** Adding flushes at once, so that the new row's identifier is known (for the audit entry that follows). */
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
    public List<School> schoolsAfter(String search, String afterName, Long afterId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT s FROM School s WHERE 1 = 1");
        if (search != null) {
            jpql.append(" AND (s.name LIKE :q OR s.codeText LIKE :q)");
        }
        if (afterName != null) {
            jpql.append(" AND (s.name > :name OR (s.name = :name AND s.id > :id))");
        }
        jpql.append(" ORDER BY s.name, s.id");
        TypedQuery<School> q = em.createQuery(jpql.toString(), School.class);
        if (search != null) {
            q.setParameter("q", like(search));
        }
        if (afterName != null) {
            q.setParameter("name", afterName).setParameter("id", afterId);
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public long countSchools(String search) {
        String jpql = "SELECT COUNT(s) FROM School s"
                + (search == null ? "" : " WHERE s.name LIKE :q OR s.codeText LIKE :q");
        TypedQuery<Long> q = em.createQuery(jpql, Long.class);
        if (search != null) {
            q.setParameter("q", like(search));
        }
        return q.getSingleResult();
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
        List<RoleGrant> grants = new java.util.ArrayList<>();
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
                .setParameter("e", email.toLowerCase(java.util.Locale.ROOT)).setMaxResults(2).getResultList();
    }

    @Override
    public List<Account> accountsAfter(String search, String afterUsername, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM Account a WHERE 1 = 1");
        if (search != null) {
            jpql.append(" AND (a.username LIKE :q OR a.displayName LIKE :q)");
        }
        if (afterUsername != null) {
            jpql.append(" AND a.username > :after");
        }
        jpql.append(" ORDER BY a.username");
        TypedQuery<Account> q = em.createQuery(jpql.toString(), Account.class);
        if (search != null) {
            q.setParameter("q", like(search));
        }
        if (afterUsername != null) {
            q.setParameter("after", afterUsername);
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public long countAccounts(String search) {
        String jpql = "SELECT COUNT(a) FROM Account a"
                + (search == null ? "" : " WHERE a.username LIKE :q OR a.displayName LIKE :q");
        TypedQuery<Long> q = em.createQuery(jpql, Long.class);
        if (search != null) {
            q.setParameter("q", like(search));
        }
        return q.getSingleResult();
    }

    @Override
    public Account add(Account account) {
        em.persist(account);
        em.flush();
        return account;
    }

    @Override
    public Optional<Person> person(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    @Override
    public List<Person> peopleByRef(long districtId, Collection<String> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Person p WHERE p.districtId = :d AND p.externalRef IN :refs",
                        Person.class)
                .setParameter("d", districtId).setParameter("refs", refs).getResultList();
    }

    @Override
    public Person add(Person person) {
        em.persist(person);
        em.flush();
        return person;
    }

    @Override
    public List<Person> pupilsOf(long schoolId, String search, int limit) {
        String like = search == null || search.isBlank() ? "%"
                : like(search.toLowerCase(java.util.Locale.ROOT));
        return em.createQuery("SELECT p FROM Person p WHERE p.school.id = :s AND p.kind = :k AND"
                        + " (LOWER(p.lastName) LIKE :q OR LOWER(p.firstName) LIKE :q OR LOWER(p.className) LIKE :q)"
                        + " ORDER BY p.lastName, p.firstName, p.id", Person.class)
                .setParameter("s", schoolId).setParameter("k", PersonKind.STUDENT).setParameter("q", like)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Person> pupilPage(long schoolId, String search, PupilKey after, int limit) {
        String like = search == null || search.isBlank() ? null : like(search.toLowerCase(java.util.Locale.ROOT));
        StringBuilder q = new StringBuilder("SELECT p FROM Person p WHERE p.school.id = :s AND p.kind = :k");
        if (like != null) {
            q.append(" AND (LOWER(p.lastName) LIKE :q OR LOWER(p.firstName) LIKE :q OR LOWER(p.className) LIKE :q)");
        }
        if (after != null) {
            // The expanded form, which the index (school_id, last_name, first_name, id) serves (STACK-NOTES).
            q.append(" AND (p.lastName > :ln OR (p.lastName = :ln AND (p.firstName > :fn")
                    .append(" OR (p.firstName = :fn AND p.id > :id))))");
        }
        q.append(" ORDER BY p.lastName, p.firstName, p.id");
        var query = em.createQuery(q.toString(), Person.class)
                .setParameter("s", schoolId).setParameter("k", PersonKind.STUDENT);
        if (like != null) {
            query.setParameter("q", like);
        }
        if (after != null) {
            query.setParameter("ln", after.lastName()).setParameter("fn", after.firstName())
                    .setParameter("id", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<Person> childrenOf(long parentPersonId) {
        return em.createQuery("SELECT c FROM Person p JOIN p.children c WHERE p.id = :id"
                        + " ORDER BY c.firstName, c.id", Person.class)
                .setParameter("id", parentPersonId).getResultList();
    }

    @Override
    public List<Long> guardianAccountIds(long childPersonId) {
        return em.createQuery("SELECT DISTINCT a.id FROM Account a JOIN a.person p JOIN p.children c"
                        + " WHERE c.id = :child AND a.enabled = TRUE", Long.class)
                .setParameter("child", childPersonId).getResultList();
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

    @Override
    public List<Object[]> peopleCounts() {
        return em.createQuery("SELECT p.school.id, p.kind, COUNT(p) FROM Person p WHERE p.school IS NOT NULL"
                + " GROUP BY p.school.id, p.kind", Object[].class).getResultList();
    }

    /** A LIKE pattern for a search (the collation is case-insensitive), with the wildcard characters of the search itself escaped. */
    private static String like(String search) {
        String escaped = search.strip()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
