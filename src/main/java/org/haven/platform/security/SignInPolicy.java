package org.haven.platform.security;

/**
 * The district's sign-in rules, asked by the authentication mechanism and the API token endpoint: whether a local
 * password may be used, and what a sign-in still needs once the password (or the district's identity provider) has said who it is.
 * Implemented by the signin feature; the authentication mechanism only asks, so that login stays where it is.
 */
public interface SignInPolicy {

    enum Need {
        /** Nothing: the sign-in is complete. */
        NONE,
        /** The account has a confirmed second factor: a code is asked before the session is opened. */
        CODE,
        /** The district requires a second factor for this account's role and it has none yet: enrol first. */
        ENROL
    }

    Need need(HavenPrincipal principal);

    /** Whether this account may sign in with a local password (the district may want its provider only, per role). */
    default boolean passwordAllowed(HavenPrincipal principal) {
        return true;
    }
}
