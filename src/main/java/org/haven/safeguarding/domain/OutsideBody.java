package org.haven.safeguarding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An outside body of the district's directory: who it is, how to reach it, what it takes, how fast it answers. */
@Entity
@Table(name = "outside_body")
public class OutsideBody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_id", nullable = false, updatable = false)
    private Long districtId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReferralKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 30)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(length = 400)
    private String address;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String takes;

    @Column(name = "response_days", nullable = false)
    private int responseDays;

    @Column(nullable = false)
    private boolean active = true;

    protected OutsideBody() {
    }

    public OutsideBody(long districtId, ReferralKind kind, String name, String phone, String email, String address,
                       String takes, int responseDays) {
        this.districtId = districtId;
        this.kind = kind;
        this.name = name;
        this.phone = phone;
        this.email = email;
        this.address = address;
        this.takes = takes;
        this.responseDays = responseDays;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long id() {
        return id;
    }

    public Long districtId() {
        return districtId;
    }

    public ReferralKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String address() {
        return address;
    }

    public String takes() {
        return takes;
    }

    public int responseDays() {
        return responseDays;
    }

    public boolean active() {
        return active;
    }
}
