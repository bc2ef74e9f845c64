package org.haven.safeguarding.domain;

/**
 * Why a disclosure was allowed: the pupil agreed; the protocol's default applied (the pupil was not asked);
 * a safety or legal override with its stated ground; or nothing personal to the pupil was shared.
 */
public enum DisclosureBasis {
    CONSENT, DEFAULT, OVERRIDE, NOT_PERSONAL
}
