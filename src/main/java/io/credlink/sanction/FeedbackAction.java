package io.credlink.sanction;

/** What an implementing organisation did about a measure on a party. */
public enum FeedbackAction {
    /** Refused to appoint the party (e.g. as an executive, an agent). */
    REFUSED_APPOINTMENT,
    /** Refused to sign or renew a contract with the party. */
    REFUSED_CONTRACT,
    /** Raised the party's premium or rate. */
    RAISED_PREMIUM,
    /** Restricted the party's business (e.g. suspended new agency business). */
    RESTRICTED_BUSINESS,
    /** Reviewed the party (the answer to a REVIEW measure). */
    REVIEWED,
    /** Anything else; the note says what. */
    OTHER
}
