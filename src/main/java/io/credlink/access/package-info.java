/**
 * Who may do what: users stored in the graph with BCrypt hashes, the bootstrap administrator,
 * the roles of API.md and the one place that maps endpoints to roles.
 */
@ApplicationModule(allowedDependencies = { "graph" })
package io.credlink.access;

import org.springframework.modulith.ApplicationModule;
