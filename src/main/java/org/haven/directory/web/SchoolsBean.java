package org.haven.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.directory.application.SchoolRegister;
import org.haven.directory.application.SchoolView;
import org.haven.directory.domain.SchoolLevel;
import org.haven.platform.errors.Refusal;
import org.haven.platform.paging.KeysetPage;
import org.haven.platform.web.FacesMessages;
import org.haven.platform.web.KeysetLazyModel;

import java.io.Serial;
import java.io.Serializable;

/** The district admin's schools page: a searchable keyset-paged table and the form to add a school. */
@Named
@ViewScoped
public class SchoolsBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SchoolRegister schools;

    private KeysetLazyModel<SchoolView> model;
    private String search;
    private String code;
    private String name;
    private SchoolLevel level;

    @PostConstruct
    void init() {
        model = new KeysetLazyModel<>(new KeysetLazyModel.PageSource<>() {
            @Override
            public KeysetPage<SchoolView> page(String q, SchoolView after, int size) {
                return schools.page(q, after, size);
            }

            @Override
            public long count(String q) {
                return schools.count(q);
            }
        }, s -> Long.toString(s.id()));
    }

    public void applySearch() {
        model.search(search);
    }

    public void create() {
        try {
            SchoolView created = schools.create(code, name, level);
            FacesMessages.info("school.created", created.name());
            code = null;
            name = null;
            level = null;
            model.search(search);
        } catch (Refusal e) {
            FacesMessages.show(e, "create:");
        }
    }

    public void toggleActive(SchoolView school) {
        schools.update(school.id(), school.name(), school.level(), !school.active());
        model.search(search);
    }

    public SchoolLevel[] getLevels() {
        return SchoolLevel.values();
    }

    public KeysetLazyModel<SchoolView> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SchoolLevel getLevel() {
        return level;
    }

    public void setLevel(SchoolLevel level) {
        this.level = level;
    }
}
