package io.credlink.resolution;

/** No party has this resolved id. */
public class ResolvedEntityNotFound extends RuntimeException {

    private final String resolvedId;

    public ResolvedEntityNotFound(String resolvedId) {
        super("No resolved entity with id '" + resolvedId + "'.");
        this.resolvedId = resolvedId;
    }

    public String resolvedId() {
        return resolvedId;
    }
}
