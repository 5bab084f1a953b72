package io.credlink.registry;

/** A node as the explorer draws it: business id, domain type and a short readable label. */
public record NodeView(String id, String type, String label) {
}
