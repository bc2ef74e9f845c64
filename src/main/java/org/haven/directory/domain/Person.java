package org.haven.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A student, parent or staff member known to the district, with the roster reference the district uses for
 * them. A parent is linked to their children by guardianship; a student and a staff member belong to a school.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PersonKind kind;

    @Column(name = "external_ref", nullable = false, length = 64)
    private String externalRef;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "class_name", length = 40)
    private String className;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(length = 254)
    private String email;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "guardianship",
            joinColumns = @JoinColumn(name = "parent_id"),
            inverseJoinColumns = @JoinColumn(name = "child_id"))
    private Set<Person> children = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Person() {
    }

    public Person(Long districtId, PersonKind kind, String externalRef, String firstName, String lastName,
                  School school, Instant createdAt) {
        this.districtId = Objects.requireNonNull(districtId, "District is required.");
        this.kind = Objects.requireNonNull(kind, "Kind is required.");
        this.externalRef = Objects.requireNonNull(externalRef, "Reference is required.");
        this.firstName = Objects.requireNonNull(firstName, "First name is required.");
        this.lastName = Objects.requireNonNull(lastName, "Last name is required.");
        if (kind != PersonKind.PARENT && school == null) {
            throw new IllegalArgumentException("A " + kind + " belongs to a school.");
        }
        this.school = school;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Records that this parent has legal responsibility for the child. */
    public void addChild(Person child) {
        if (kind != PersonKind.PARENT) {
            throw new IllegalStateException("Only a parent has children in the directory.");
        }
        if (child.kind != PersonKind.STUDENT) {
            throw new IllegalArgumentException("A child in the directory is a student.");
        }
        children.add(child);
    }

    public void placeInClass(String newClassName) {
        this.className = newClassName;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long id() {
        return id;
    }

    public Long districtId() {
        return districtId;
    }

    public PersonKind kind() {
        return kind;
    }

    public String externalRef() {
        return externalRef;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public School school() {
        return school;
    }

    public String className() {
        return className;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String email() {
        return email;
    }

    public Set<Person> children() {
        return Set.copyOf(children);
    }
}
