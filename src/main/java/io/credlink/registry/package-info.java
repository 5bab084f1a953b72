/**
 * Looking parties and objects up: one entity by id, its neighbourhood as of a date, and the
 * shortest paths between two parties.
 */
package io.credlink.registry;
