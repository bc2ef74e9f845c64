package org.haven.platform.security;

/**
 * What a sign-in still needs once the password (or the district's identity provider) has said who it is.
 * Implemented by the signin feature; the authentication mechanism only asks, so that login stays where it is.
 */
public interface SecondFactorGate {

    enum Need {
        /** Nothing: the sign-in is complete. */
        NONE,
        /** The account has a confirmed second factor: a code is asked before the session is opened. */
        CODE,
        /** The district requires a second factor for this account's role and it has none yet: enrol first. */
        ENROL
    }

    Need need(HavenPrincipal principal);
}
