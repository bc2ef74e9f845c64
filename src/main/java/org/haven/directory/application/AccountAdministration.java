package org.haven.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.directory.domain.Account;
import org.haven.directory.domain.DirectoryRepository;
import org.haven.directory.domain.DirectorySearch;
import org.haven.directory.domain.District;
import org.haven.directory.domain.EmailAddress;
import org.haven.directory.domain.RoleGrant;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.platform.paging.KeysetPage;
import org.haven.platform.security.PasswordHasher;
import org.haven.platform.security.PasswordPolicy;
import org.haven.platform.security.Role;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The district admin's work on accounts: list, create with roles, set a password, enable or disable. */
@ApplicationScoped
public class AccountAdministration {

    private static final PasswordHasher HASHER = new PasswordHasher();

    @Inject
    DirectoryRepository directory;

    @Inject
    DirectorySearch lists;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    /** A role to grant: the role and, for a school role, the school's code. */
    public record GrantRequest(Role role, String schoolCode) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KeysetPage<AccountView> page(String search, String afterUsername, int size) {
        List<Account> rows = lists.accountsAfter(SchoolRegister.blankToNull(search), afterUsername,
                size + 1);
        Map<Long, SchoolView> schools = schoolsOf(rows);
        return KeysetPage.of(rows.stream().map(a -> AccountView.of(a, schools)).toList(), size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String search) {
        return lists.countAccounts(SchoolRegister.blankToNull(search));
    }

    @Transactional
    public AccountView create(String username, String displayName, String email, String language,
                             Collection<GrantRequest> grants, String password) {
        List<FieldError> errors = new ArrayList<>();
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            errors.add(new FieldError("username", "account.username.required"));
        } else if (!Account.USERNAME.matcher(name).matches()) {
            errors.add(new FieldError("username", "account.username.format"));
        } else if (directory.accountByUsername(name).isPresent()) {
            errors.add(new FieldError("username", "account.username.taken", name));
        }
        if (displayName == null || displayName.isBlank()) {
            errors.add(new FieldError("displayName", "account.displayName.required"));
        } else if (displayName.length() > 200 || displayName.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("displayName", "account.displayName.invalid"));
        }
        if (email != null && !email.isBlank() && !EmailAddress.isValid(email)) {
            errors.add(new FieldError("email", "account.email.format"));
        }
        Set<RoleGrant> roles = GrantRequests.resolve(directory, grants, errors);
        if (password != null && !password.isEmpty()) {
            PasswordPolicy.violation(password).ifPresent(k -> errors.add(new FieldError("password", k)));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        District district = directory.district().orElseThrow();
        Account account = new Account(district.id(), name, displayName.strip(), clock.instant());
        account.setEmail(email == null || email.isBlank() ? null : email.strip());
        account.setLanguage("en".equals(language) ? "en" : "fr");
        roles.forEach(account::grant);
        if (password != null && !password.isEmpty()) {
            account.setPasswordHash(HASHER.hash(password.toCharArray()));
        }
        directory.add(account);
        audit.record(actor.get().did("ACCOUNT_CREATED", "account", account.id(), null,
                roles.stream().map(g -> g.role().securityName()).sorted().collect(Collectors.joining(","))));
        return AccountView.of(account, schoolsOf(List.of(account)));
    }

    @Transactional
    public void setPassword(long accountId, String password) {
        Account account = directory.account(accountId)
                .orElseThrow(() -> Invalid.of("id", "account.notFound"));
        PasswordPolicy.violation(password).ifPresent(k -> {
            throw Invalid.of("password", k);
        });
        account.setPasswordHash(HASHER.hash(password.toCharArray()));
        audit.record(actor.get().did("ACCOUNT_PASSWORD_SET", "account", account.id(), null, null));
    }

    @Transactional
    public void setEnabled(long accountId, boolean enabled) {
        Account account = directory.account(accountId)
                .orElseThrow(() -> Invalid.of("id", "account.notFound"));
        account.setEnabled(enabled);
        audit.record(actor.get().did(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "account",
                account.id(), null, null));
    }

    private Map<Long, SchoolView> schoolsOf(List<Account> accounts) {
        Set<Long> ids = accounts.stream().flatMap(a -> a.roles().stream()).map(RoleGrant::schoolId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return directory.schools(ids).stream().map(SchoolView::of)
                .collect(Collectors.toMap(SchoolView::id, Function.identity()));
    }
}
