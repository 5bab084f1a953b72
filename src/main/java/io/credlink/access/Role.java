package io.credlink.access;

/** The roles of API.md. A user has exactly one. */
public enum Role {
    /** Everything, user management. */
    ADMIN,
    /** Reads everything; records sanctions and records; impact analysis; publishes lists. */
    REGULATOR,
    /** Reads the graph, alerts, rings and scores; manages fraud cases. */
    ANALYST,
    /** An insurance company (the user's {@code orgId} is its Insurer id): checks and scores. */
    INSURER,
    /** A party the records are about (the user's {@code entityId}): its own report and objections. */
    SUBJECT;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
