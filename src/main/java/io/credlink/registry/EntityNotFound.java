package io.credlink.registry;

/** No entity of the graph has this id. */
public class EntityNotFound extends RuntimeException {

    private final String entityId;

    public EntityNotFound(String entityId) {
        super("No entity with id '" + entityId + "'.");
        this.entityId = entityId;
    }

    public String entityId() {
        return entityId;
    }
}
