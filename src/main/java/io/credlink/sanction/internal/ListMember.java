package io.credlink.sanction.internal;

import org.neo4j.driver.Value;

/** A member of a resolved entity as the black and red lists show it (never its personal id number). */
record ListMember(String id, String name, String type, String licenseNo) {

    /** From a {@code members} element of the lists' facts queries. */
    static ListMember of(Value m) {
        return new ListMember(m.get("id").asString(), m.get("name").asString(null), m.get("type").asString(null),
                m.get("licenseNo").asString(null));
    }
}
