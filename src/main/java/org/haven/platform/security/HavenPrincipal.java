package org.haven.platform.security;

import jakarta.security.enterprise.CallerPrincipal;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The signed-in account as the container knows it: kept in the HTTP session (replicated in a cluster) and
 * rebuilt from the database for each API token. Carries no secret.
 */
public class HavenPrincipal extends CallerPrincipal implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Most powerful first: the role an action is recorded under when an account holds several. */
    private static final List<String> RANKING = List.of("district_admin", "district_lead", "head_of_school",
            "referent", "teacher", "staff", "parent", "student");

    private final long accountId;
    private final String displayName;
    private final String language;
    private final Set<String> roles;
    private final Set<Long> schoolIds;
    private final java.util.Map<String, Set<Long>> schoolsByRole;

    /**
     * @param schoolsByRole for each school role held, the schools it is held in (district roles map to none)
     */
    public HavenPrincipal(long accountId, String username, String displayName, String language,
                          java.util.Map<String, Set<Long>> schoolsByRole) {
        super(Objects.requireNonNull(username));
        this.accountId = accountId;
        this.displayName = displayName;
        this.language = language;
        java.util.Map<String, Set<Long>> copy = new java.util.HashMap<>();
        schoolsByRole.forEach((role, schools) -> copy.put(role, Set.copyOf(schools)));
        this.schoolsByRole = java.util.Map.copyOf(copy);
        this.roles = Set.copyOf(schoolsByRole.keySet());
        this.schoolIds = schoolsByRole.values().stream().flatMap(Set::stream)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The schools where the account holds at least one of these roles. */
    public Set<Long> schoolsWhere(String... anyOfRoles) {
        return java.util.Arrays.stream(anyOfRoles).map(r -> schoolsByRole.getOrDefault(r, Set.of()))
                .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * This principal with only the grants still in {@code held} (role to schools, as the constructor takes them):
     * a role no longer held goes, a school role keeps only the schools still held. Never adds anything. Returns
     * itself when nothing is gone, so that a session is written (and replicated) only when it changes.
     */
    public HavenPrincipal within(java.util.Map<String, Set<Long>> held) {
        java.util.Map<String, Set<Long>> kept = new java.util.HashMap<>();
        schoolsByRole.forEach((role, schools) -> {
            Set<Long> now = held.get(role);
            if (now != null) {
                Set<Long> still = schools.stream().filter(now::contains)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
                if (schools.isEmpty() || !still.isEmpty()) {
                    kept.put(role, still);
                }
            }
        });
        return kept.equals(schoolsByRole) ? this : new HavenPrincipal(accountId, getName(), displayName, language, kept);
    }

    public long accountId() {
        return accountId;
    }

    public String username() {
        return getName();
    }

    public String displayName() {
        return displayName;
    }

    public String language() {
        return language;
    }

    public Set<String> roles() {
        return roles;
    }

    public Set<Long> schoolIds() {
        return schoolIds;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public String primaryRole() {
        return RANKING.stream().filter(roles::contains).findFirst().orElse(null);
    }
}
