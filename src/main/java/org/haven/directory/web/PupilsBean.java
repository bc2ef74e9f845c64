package org.haven.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.directory.application.SchoolPupils;
import org.haven.directory.application.SchoolView;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The pupils of a school (/staff/pupils.xhtml) for its heads and referents: pick one of one's schools, search a
 * name or class, read the list page by page ("more" reads the next keyset page and adds it below).
 */
@Named("pupils")
@ViewScoped
public class PupilsBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;

    @Inject
    SchoolPupils pupils;

    private List<SchoolView> schools = List.of();
    private Long schoolId;
    private String search;
    private final List<SchoolPupils.Pupil> rows = new ArrayList<>();
    private String next;
    private boolean searched;

    @PostConstruct
    void init() {
        schools = pupils.schoolsOfReader();
        if (schools.size() == 1) {
            schoolId = schools.getFirst().id();
            find();
        }
    }

    /** Reads the first page for the school and search chosen. */
    public void find() {
        rows.clear();
        next = null;
        read(null);
    }

    public void more() {
        if (next != null) {
            read(next);
        }
    }

    private void read(String after) {
        if (schoolId == null) {
            FacesMessages.show(Invalid.of("school", "pupils.school.required"), "search:");
            return;
        }
        try {
            SchoolPupils.Page page = pupils.page(schoolId, search, after, PAGE);
            rows.addAll(page.rows());
            next = page.next();
            searched = true;
        } catch (Refusal e) {
            FacesMessages.show(e, "search:");
        }
    }

    public List<SchoolView> getSchools() {
        return schools;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<SchoolPupils.Pupil> getRows() {
        return rows;
    }

    public boolean isMore() {
        return next != null;
    }

    public boolean isSearched() {
        return searched;
    }
}
