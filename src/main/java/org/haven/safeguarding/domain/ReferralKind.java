package org.haven.safeguarding.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The outside bodies a case can be referred to, with the protocol's name for each ("referral child_protection")
 * and the kind of recipient the disclosure record names.
 */
public enum ReferralKind {
    /** In France, an "information préoccupante" to the department's unit (CRIP), or the 119. */
    CHILD_PROTECTION("child_protection", RecipientKind.CHILD_PROTECTION),
    /** A report to the prosecutor (article 40 of the code of criminal procedure) for grave facts. */
    PROSECUTOR("prosecutor", RecipientKind.PROSECUTOR),
    POLICE("police", RecipientKind.POLICE),
    /** Health or psychological support: a medical-psychological centre, a teenagers' centre, a doctor. */
    HEALTH("health", RecipientKind.HEALTH),
    ASSOCIATION("association", RecipientKind.ASSOCIATION),
    /** A takedown request to a platform, directly or through a trusted flagger (3018, Pharos). */
    PLATFORM_TAKEDOWN("platform_takedown", RecipientKind.PLATFORM),
    EMERGENCY("emergency", RecipientKind.OTHER),
    EDUCATION_AUTHORITY("education_authority", RecipientKind.EDUCATION_AUTHORITY);

    private final String protocolName;
    private final RecipientKind recipientKind;

    ReferralKind(String protocolName, RecipientKind recipientKind) {
        this.protocolName = protocolName;
        this.recipientKind = recipientKind;
    }

    /** The kind a protocol's "referral &lt;body&gt;" names. */
    public static Optional<ReferralKind> fromProtocol(String body) {
        String wanted = body == null ? "" : body.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.protocolName.equals(wanted)).findFirst();
    }

    public String protocolName() {
        return protocolName;
    }

    public RecipientKind recipientKind() {
        return recipientKind;
    }

    /** The child-protection form is the one a French unit expects; other kinds get a referral summary. */
    public boolean childProtectionForm() {
        return this == CHILD_PROTECTION || this == PROSECUTOR;
    }
}
