/**
 * Entity resolution: standardises the fields that identify a party (GB 11643 id numbers, GB 32100
 * credit codes, names in NFKC, simplified characters and pinyin, identifiers), finds candidate
 * pairs by blocking, scores them with a Fellegi–Sunter model estimated from the data, clusters
 * MATCH and CONFIRMED links into resolved entities under the cannot-links of DIFFERENT decisions,
 * and keeps the review queue of POSSIBLE pairs (docs/resolution.md).
 *
 * <p>Allowed dependencies: graph (the connection, named Cypher); ingest (the import's identifier
 * normal form, {@code DatasetImported}); registry (its {@code EntityNotFound} and the
 * {@code ResolutionLookup} it asks for search); access (the audit trail, the signed-in user).
 */
@ApplicationModule(allowedDependencies = { "access", "graph", "ingest", "registry" })
package io.credlink.resolution;

import org.springframework.modulith.ApplicationModule;
