package io.credlink.access;

import org.neo4j.driver.Driver;

/** A summary of everything a client could change: domain nodes with their properties, relationships, users. */
final class GraphFingerprint {

    private GraphFingerprint() {
    }

    static String of(Driver driver) {
        return driver.executableQuery("""
                CALL () { MATCH (n:Entity) WITH n ORDER BY n.id
                          RETURN count(n) AS nodes, collect(n.id + ':' + toString(size(keys(n))) + ':' + labels(n)[0]) AS ids }
                CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS rels }
                CALL () { MATCH (u:User) RETURN count(u) AS users }
                CALL () { MATCH (s:SanctionChange) RETURN count(s) AS changes }
                CALL () { MATCH (r:AccessRequest) RETURN count(r) AS requests }
                RETURN nodes, rels, users, changes, requests, ids""").execute().records().get(0).toString();
    }
}
