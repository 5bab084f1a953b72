package io.credlink.registry;

import java.util.List;

/** Search results, best matches first: exact id, licence number, identifier value, then name. */
public record SearchView(String q, List<SearchHit> items) {
}
