package org.haven.directory.web;

import org.haven.platform.security.Role;

import java.io.Serial;
import java.io.Serializable;

/**
 * The fields of the accounts page's "new account" form, bound as {@code #{accountsBean.form.x}} so that the page
 * bean keeps to the table and its actions; cleared after a creation, the language chosen kept.
 */
public class NewAccountForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private String email;
    private String language = "fr";
    private Role role;
    private String schoolCode;
    private String password;

    /** An empty form that keeps this one's language. */
    NewAccountForm cleared() {
        NewAccountForm next = new NewAccountForm();
        next.language = language;
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public void setSchoolCode(String schoolCode) {
        this.schoolCode = schoolCode;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
