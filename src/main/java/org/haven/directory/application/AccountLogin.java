package org.haven.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.domain.AuditRecord;
import org.haven.directory.domain.Account;
import org.haven.directory.domain.DirectoryRepository;
import org.haven.directory.domain.RoleGrant;
import org.haven.platform.security.AccountGate;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.PasswordHasher;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a username and password against the directory. Success and failure are audited in the same
 * transaction as the account's last-login time; an unknown username is audited without being stored.
 */
@ApplicationScoped
public class AccountLogin implements AccountGate {

    public static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGIN_THROTTLED = "LOGIN_THROTTLED";
    /** An open web session lost roles removed from its account since it signed in (issue 17). */
    public static final String SESSION_NARROWED = "SESSION_NARROWED";
    /** An open web session was ended because its account was disabled or kept no role (issue 17). */
    public static final String SESSION_ENDED = "SESSION_ENDED";
    /** The actor recorded for a failed login to a username that does not exist (it may be a mistyped password). */
    public static final String UNKNOWN_ACTOR = "unknown-account";

    private static final PasswordHasher HASHER = new PasswordHasher();

    @Inject
    DirectoryRepository directory;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    @Override
    public Optional<HavenPrincipal> authenticate(String username, char[] password, String channel) {
        String normalized = normalize(username);
        Optional<Account> found = directory.accountByUsername(normalized);
        if (found.isEmpty()) {
            HASHER.verifyAgainstNothing(password);
            audit.record(new AuditRecord(null, UNKNOWN_ACTOR, null, LOGIN_FAILED, "account", null, null, channel));
            return Optional.empty();
        }
        Account account = found.get();
        boolean valid = HASHER.verify(password, account.passwordHash()) && account.canLogIn();
        HavenPrincipal principal = principalOf(account);
        if (!valid) {
            audit.record(new AuditRecord(account.id(), account.username(), principal.primaryRole(), LOGIN_FAILED,
                    "account", account.id().toString(), null, channel));
            return Optional.empty();
        }
        if (HASHER.needsRehash(account.passwordHash())) {
            account.setPasswordHash(HASHER.hash(password));
        }
        account.recordLogin(clock.instant());
        audit.record(new AuditRecord(account.id(), account.username(), principal.primaryRole(), LOGIN_SUCCEEDED,
                "account", account.id().toString(), null, channel));
        return Optional.of(principal);
    }

    /**
     * The account the district's identity provider vouched for, matched by username or by e-mail (never created,
     * never given a role from the token: roles and schools are the directory's). Audited as a sign-in on channel
     * "oidc", or as a refusal when no single enabled account matches.
     */
    @Transactional
    public Optional<HavenPrincipal> authenticateFromProvider(String claimValue, boolean byEmail) {
        String value = normalize(claimValue);
        java.util.List<Account> found = value.isEmpty() ? java.util.List.of() : byEmail
                ? directory.accountsByEmail(value) : directory.accountByUsername(value).stream().toList();
        if (found.size() != 1 || !found.get(0).canLogIn()) {
            audit.record(new AuditRecord(null, UNKNOWN_ACTOR, null, LOGIN_FAILED, "account", null, null,
                    "oidc: " + (found.size() > 1 ? "ambiguous" : found.isEmpty() ? "no-account" : "disabled")));
            return Optional.empty();
        }
        Account account = found.get(0);
        HavenPrincipal principal = principalOf(account);
        account.recordLogin(clock.instant());
        audit.record(new AuditRecord(account.id(), account.username(), principal.primaryRole(), LOGIN_SUCCEEDED,
                "account", account.id().toString(), null, "oidc"));
        return Optional.of(principal);
    }

    /** Records that attempts for this username are being refused for a while. */
    @Transactional
    @Override
    public void recordThrottled(String username, String channel) {
        Optional<Account> found = directory.accountByUsername(normalize(username));
        audit.record(new AuditRecord(found.map(Account::id).orElse(null),
                found.map(Account::username).orElse(UNKNOWN_ACTOR), null, LOGIN_THROTTLED, "account",
                found.map(a -> a.id().toString()).orElse(null), null, channel));
    }

    /**
     * What the login throttle counts failures against: the account the name resolves to (the database matches
     * names ignoring case, accents and width, so every spelling of one account shares one count), or for a name
     * of no account its folded form (so that the answer is the same whether the account exists).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Override
    public String throttleKey(String username) {
        String normalized = normalize(username);
        if (normalized.isEmpty() || normalized.length() > 64) {
            return "name:" + LoginNames.fold(normalized);
        }
        return directory.accountByUsername(normalized).map(a -> "account:" + a.id())
                .orElseGet(() -> "name:" + LoginNames.fold(normalized));
    }

    /** The principal of an enabled account, as it is now (roles changed since are taken into account). */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Override
    public Optional<HavenPrincipal> currentPrincipal(long accountId) {
        return directory.account(accountId).filter(Account::canLogIn).map(AccountLogin::principalOf);
    }

    /**
     * A signed-in principal as the directory allows it now: itself when nothing changed, without the role grants
     * removed since it signed in (never with one added: that takes a new sign-in, and a principal narrowed by the
     * identity provider stays narrowed), or empty when the account was disabled or kept no role. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Override
    public Optional<HavenPrincipal> stillAllowed(HavenPrincipal signedIn) {
        return directory.grantsOfEnabledAccount(signedIn.accountId())
                .map(grants -> signedIn.within(byRole(grants)))
                .filter(p -> !p.roles().isEmpty());
    }

    /** Audits that an open web session lost roles ({@code ended} false) or was ended by a change of its account. */
    @Transactional
    @Override
    public void recordSessionChanged(HavenPrincipal before, boolean ended) {
        audit.record(new AuditRecord(before.accountId(), before.username(), before.primaryRole(),
                ended ? SESSION_ENDED : SESSION_NARROWED, "account", Long.toString(before.accountId()), null, "web"));
    }

    static HavenPrincipal principalOf(Account a) {
        return new HavenPrincipal(a.id(), a.username(), a.displayName(), a.language(), byRole(a.roles()));
    }

    private static java.util.Map<String, java.util.Set<Long>> byRole(java.util.Collection<RoleGrant> grants) {
        java.util.Map<String, java.util.Set<Long>> byRole = new java.util.HashMap<>();
        for (RoleGrant g : grants) {
            java.util.Set<Long> schools = byRole.computeIfAbsent(g.role().securityName(), k -> new java.util.HashSet<>());
            if (g.schoolId() != null) {
                schools.add(g.schoolId());
            }
        }
        return byRole;
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
