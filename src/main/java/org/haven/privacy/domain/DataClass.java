package org.haven.privacy.domain;

/**
 * The kinds of data Haven keeps, each with its own retention period (configuration haven.retention.*, defaults and
 * their grounds in docs/privacy.md) and what the purge does when it is over.
 */
public enum DataClass {
    /** Reports closed without ever becoming a case: anonymised (text, names and messages gone; counts kept). */
    UNFOLLOWED_REPORTS("unfollowed-report-days", 60),
    /** Closed cases without a legal hold: anonymised (text, names, forms, notes, parents' messages gone). */
    CLOSED_CASES("closed-case-days", 1095),
    /** Evidence files: purged by the evidence vault's own job (haven.evidence.retention-days); shown here. */
    EVIDENCE("evidence-days", 1095),
    /** Messages of reports and cases: go with their report or case (above); shown here. */
    MESSAGES("message-days", 1095),
    /** The audit log: counted, never cut (its hash chain proves nothing was removed; see docs/privacy.md). */
    AUDIT("audit-days", 2190),
    /** The e-mail delivery log (addresses, subjects, bodies): deleted once sent or failed and this old. */
    MAIL_LOG("mail-log-days", 365),
    /** Expired API and receipt tokens: deleted. */
    TOKENS("token-days", 1),
    /**
     * Pupil survey answers (anonymous already): deleted this long after their campaign closed. Two school years by
     * default, so that a campaign can still be compared with the year before it.
     */
    SURVEY_ANSWERS("survey-answer-days", 760);

    private final String key;
    private final int defaultDays;

    DataClass(String key, int defaultDays) {
        this.key = key;
        this.defaultDays = defaultDays;
    }

    /** The configuration property: haven.retention.&lt;key&gt;. */
    public String property() {
        return "haven.retention." + key;
    }

    public int defaultDays() {
        return defaultDays;
    }

    /** Whether the Haven purge acts on this class itself (the others are shown, acted on elsewhere or never). */
    public boolean purgedHere() {
        return this == UNFOLLOWED_REPORTS || this == CLOSED_CASES || this == MAIL_LOG || this == TOKENS
                || this == SURVEY_ANSWERS;
    }
}
