/**
 * The Neo4j connection. By default an embedded Neo4j 5.26 DBMS runs in-process with its Bolt
 * connector on the loopback interface and the application talks to it through the ordinary
 * Neo4j Java Driver, exactly as it would to an external server or a {@code neo4j://} cluster
 * ({@code credlink.neo4j.embedded=false} plus {@code spring.neo4j.uri}). The module also applies
 * the versioned schema migrations of {@code cypher/schema/} and serves every other module's
 * named Cypher from {@code cypher/<module>/} through {@link io.credlink.graph.CypherCatalog}.
 *
 * <p>Depends on no other module (verified by the modularity test).
 */
@ApplicationModule(allowedDependencies = {})
package io.credlink.graph;

import org.springframework.modulith.ApplicationModule;
