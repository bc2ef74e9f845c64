package org.haven.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.directory.application.AccountAdministration;
import org.haven.directory.application.AccountAdministration.GrantRequest;
import org.haven.directory.application.AccountView;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.platform.errors.Refusal;
import org.haven.platform.paging.KeysetPage;
import org.haven.platform.security.Role;
import org.haven.platform.web.FacesMessages;
import org.haven.platform.web.KeysetLazyModel;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The district admin's accounts page: a searchable keyset-paged table, a new account, a password, on/off. */
@Named
@ViewScoped
public class AccountsBean implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration accounts;

    @Inject
    SchoolAdministration schools;

    private KeysetLazyModel<AccountView> model;
    private String search;
    private NewAccountForm form = new NewAccountForm();
    private AccountView selected;
    private String newPassword;

    @PostConstruct
    void init() {
        model = new KeysetLazyModel<>(new KeysetLazyModel.PageSource<>() {
            @Override
            public KeysetPage<AccountView> page(String q, AccountView after, int size) {
                return accounts.page(q, after == null ? null : after.username(), size);
            }

            @Override
            public long count(String q) {
                return accounts.count(q);
            }
        }, a -> Long.toString(a.id()));
    }

    public void applySearch() {
        model.search(search);
    }

    public void create() {
        try {
            AccountView created = accounts.create(form.getUsername(), form.getDisplayName(), form.getEmail(),
                    form.getLanguage(), form.getRole() == null ? List.of()
                            : List.of(new GrantRequest(form.getRole(), form.getSchoolCode())), form.getPassword());
            FacesMessages.info("account.created", created.username());
            form = form.cleared();
            model.search(search);
        } catch (Refusal e) {
            FacesMessages.show(e, "create:");
        }
    }

    public void select(AccountView account) {
        this.selected = account;
        this.newPassword = null;
    }

    public void savePassword() {
        try {
            accounts.setPassword(selected.id(), newPassword);
            FacesMessages.info("account.passwordSet", selected.username());
            selected = null;
            model.search(search);
        } catch (Refusal e) {
            FacesMessages.show(e, "pw:");
        }
    }

    public void toggleEnabled(AccountView account) {
        accounts.setEnabled(account.id(), !account.enabled());
        model.search(search);
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<SchoolView> getSchools() {
        return schools.activeSchools();
    }

    public NewAccountForm getForm() {
        return form;
    }

    public KeysetLazyModel<AccountView> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public AccountView getSelected() {
        return selected;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
