package org.haven.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person involved in a case: a pupil of the roster (person id), or someone named only (an online account). */
@Entity
@Table(name = "case_party")
public class CaseParty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "class_name", length = 40)
    private String className;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartyRole part;

    /** Added by the case's workers after the incident was filed: not shown to the one who filed it (issue 14). */
    @Column(name = "added_later", nullable = false)
    private boolean addedLater;

    protected CaseParty() {
    }

    public CaseParty(long caseId, Long personId, String displayName, String className, PartyRole part) {
        this.caseId = caseId;
        this.personId = personId;
        this.displayName = displayName;
        this.className = className;
        this.part = part;
    }

    /** A party the case's workers add after filing. */
    public static CaseParty addedLater(long caseId, Long personId, String displayName, String className,
                                       PartyRole part) {
        CaseParty p = new CaseParty(caseId, personId, displayName, className, part);
        p.addedLater = true;
        return p;
    }

    public boolean isAddedLater() {
        return addedLater;
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public Long personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }

    public String className() {
        return className;
    }

    public PartyRole part() {
        return part;
    }
}
