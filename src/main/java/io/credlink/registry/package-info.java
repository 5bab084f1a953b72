/**
 * Looking parties and objects up: one entity by id, its neighbourhood as of a date, and the
 * shortest paths between two parties.
 *
 * <p>Allowed dependencies (verified by the modularity test): ingest: a search normalises
 * identifiers exactly as the import stored them; access: an insurer's search keeps only the hits
 * that insurer may see, by the one visibility rule of the access module.
 */
@ApplicationModule(allowedDependencies = { "access", "graph", "ingest" })
package io.credlink.registry;

import org.springframework.modulith.ApplicationModule;
