package org.haven.safeguarding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;
import org.haven.safeguarding.application.OutsideBodies;
import org.haven.safeguarding.application.SafeguardingQueries;
import org.haven.safeguarding.application.SafeguardingViews.Body;
import org.haven.safeguarding.domain.ReferralKind;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The district admin's directory of outside bodies (/admin/bodies.xhtml): the list, a body added, one switched off. */
@Named("outsideBodiesBean")
@ViewScoped
public class OutsideBodiesBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    OutsideBodies bodies;

    @Inject
    SafeguardingQueries queries;

    private transient List<Body> rows;
    private String kind;
    private String name;
    private String phone;
    private String email;
    private String address;
    private String takes;
    private Integer responseDays = 5;

    public List<Body> getRows() {
        if (rows == null) {
            rows = queries.directory();
        }
        return rows;
    }

    public void add() {
        try {
            bodies.add(new OutsideBodies.NewBody(kind == null || kind.isBlank() ? null : ReferralKind.valueOf(kind),
                    name, phone, email, address, takes, responseDays));
            FacesMessages.info("body.added");
            kind = null;
            name = null;
            phone = null;
            email = null;
            address = null;
            takes = null;
            responseDays = 5;
        } catch (Refusal e) {
            FacesMessages.show(e, "add:");
        }
        rows = null;
    }

    public void toggle(Body b) {
        bodies.setActive(b.id(), !b.active());
        rows = null;
    }

    public List<String> getKinds() {
        return Arrays.stream(ReferralKind.values()).map(Enum::name).toList();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getTakes() {
        return takes;
    }

    public void setTakes(String takes) {
        this.takes = takes;
    }

    public Integer getResponseDays() {
        return responseDays;
    }

    public void setResponseDays(Integer responseDays) {
        this.responseDays = responseDays;
    }
}
