/**
 * Who may do what: users stored in the graph with BCrypt hashes, the bootstrap administrator,
 * the roles of API.md and the one place that maps endpoints to roles.
 */
package io.credlink.access;
