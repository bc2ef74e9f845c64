package org.haven.helplines.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** A help line or service of the district's resources directory, in French and English. */
@Entity
@Table(name = "help_resource")
public class HelpResource {

    public static final String GENERAL = "GENERAL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(nullable = false, length = 30)
    private String phone;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "purpose_fr", nullable = false, length = 500)
    private String purposeFr;

    @Column(name = "purpose_en", nullable = false, length = 500)
    private String purposeEn;

    @Column(name = "hours_fr", nullable = false, length = 100)
    private String hoursFr;

    @Column(name = "hours_en", nullable = false, length = 100)
    private String hoursEn;

    @Column(nullable = false, length = 200)
    private String risks;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    protected HelpResource() {
    }

    public HelpResource(String country, String phone, String nameFr, String nameEn, String purposeFr,
                        String purposeEn, String hoursFr, String hoursEn, String risks, int sortOrder) {
        this.country = country;
        this.phone = phone;
        this.nameFr = nameFr;
        this.nameEn = nameEn;
        this.purposeFr = purposeFr;
        this.purposeEn = purposeEn;
        this.hoursFr = hoursFr;
        this.hoursEn = hoursEn;
        this.risks = risks;
        this.sortOrder = sortOrder;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long id() {
        return id;
    }

    public boolean active() {
        return active;
    }

    public String risks() {
        return risks;
    }

    /** Whether this resource answers one of these risks (a general one answers every report). */
    public boolean answers(Set<String> riskTags) {
        return answers(risks, riskTags);
    }

    public boolean answersAny(Set<String> riskTags) {
        return answersAny(risks, riskTags);
    }

    /** Whether a resource with these comma-separated risks answers one of these (also for copies of a resource). */
    public static boolean answers(String risks, Set<String> riskTags) {
        Set<String> mine = Set.of(risks.split(","));
        return mine.contains(GENERAL) || riskTags.stream().anyMatch(mine::contains);
    }

    public static boolean answersAny(String risks, Set<String> riskTags) {
        return Arrays.stream(risks.split(",")).anyMatch(riskTags::contains);
    }

    public String phone() {
        return phone;
    }

    public String name(Locale l) {
        return "en".equals(l.getLanguage()) ? nameEn : nameFr;
    }

    public String purpose(Locale l) {
        return "en".equals(l.getLanguage()) ? purposeEn : purposeFr;
    }

    public String hours(Locale l) {
        return "en".equals(l.getLanguage()) ? hoursEn : hoursFr;
    }

    public String country() {
        return country;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
