package org.haven.directory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** A login to Haven, with its roles and the schools they apply to. */
@Entity
@Table(name = "account")
public class Account {

    /** Lower-case letters, digits, dots, dashes and underscores; 3 to 64; starts with a letter or digit. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Column(nullable = false, length = 64, unique = true)
    private String username;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(nullable = false, length = 2)
    private String language = "fr";

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    private Set<RoleGrant> roles = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private int version;

    protected Account() {
    }

    public Account(Long districtId, String username, String displayName, Instant createdAt) {
        this.districtId = Objects.requireNonNull(districtId, "District is required.");
        Objects.requireNonNull(username, "Username is required.");
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("Username must be 3 to 64 lower-case letters, digits, . _ or -.");
        }
        this.username = username;
        this.displayName = Objects.requireNonNull(displayName, "Display name is required.");
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void grant(RoleGrant grant) {
        roles.add(Objects.requireNonNull(grant));
    }

    public void replaceRoles(Set<RoleGrant> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void linkTo(Person linked) {
        this.person = linked;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void setLanguage(String language) {
        this.language = Objects.requireNonNull(language);
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void setDisplayName(String displayName) {
        this.displayName = Objects.requireNonNull(displayName);
    }

    public void recordLogin(Instant at) {
        this.lastLoginAt = at;
    }

    public boolean canLogIn() {
        return enabled && passwordHash != null;
    }

    public Long id() {
        return id;
    }

    public Long districtId() {
        return districtId;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    public Person person() {
        return person;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<RoleGrant> roles() {
        return Set.copyOf(roles);
    }

    public List<Long> schoolIds() {
        return roles.stream().map(RoleGrant::schoolId).filter(Objects::nonNull).distinct().sorted().toList();
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }
}
