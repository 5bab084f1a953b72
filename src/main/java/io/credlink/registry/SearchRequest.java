package io.credlink.registry;

/**
 * A look-up by what an analyst knows.
 *
 * @param q     an id, part of a name, a licence number or an identifier value (phone, e-mail,
 *              bank account, address, device)
 * @param type  only entities of this domain type; null = any
 * @param limit most items to return; null = the configured default
 */
public record SearchRequest(String q, String type, Integer limit) {
}
