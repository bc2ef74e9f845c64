package org.haven.platform.security;

import java.util.Optional;

/**
 * What the security layer asks of the directory of accounts, which implements it: a password checked and audited,
 * an account's principal as it is now, and the login throttle's key. The platform owns the question so that it
 * depends on no feature; the directory answers it (issue 16: no loop between platform and directory).
 */
public interface AccountGate {

    /** The account's principal when the name and password match an enabled account; both outcomes audited. */
    Optional<HavenPrincipal> authenticate(String username, char[] password, String channel);

    /** Audits a login refused by the throttle before its password was checked. */
    void recordThrottled(String username, String channel);

    /** What the login throttle counts failures against (the same for every spelling of one account). */
    String throttleKey(String username);

    /** The principal of an enabled account, as it is now. */
    Optional<HavenPrincipal> currentPrincipal(long accountId);

    /** A signed-in principal narrowed to what the directory allows now, or empty when it allows nothing more. */
    Optional<HavenPrincipal> stillAllowed(HavenPrincipal signedIn);

    /** Audits that an open web session lost roles ({@code ended} false) or was ended. */
    void recordSessionChanged(HavenPrincipal before, boolean ended);
}
