package io.credlink.monitoring;

/** What happened to a watched party (API.md, "Watch lists and notifications"). */
public enum NotificationKind {
    /** A sanction was recorded against it. */
    SANCTION_RECORDED,
    /** A blacklisting sanction was recorded against it. */
    BLACKLISTED,
    /** A newly recorded sanction reaches it through a propagation rule. */
    RESTRICTED,
    /** Its credit grade changed. */
    GRADE_CHANGED,
    /** A fraud alert first names it. */
    ALERT_RAISED,
    /** An objection to a sanction or record about it was resolved. */
    OBJECTION_RESOLVED
}
