package io.credlink.resolution;

/** A SAME decision that earlier person decisions forbid (a DIFFERENT pair joined through others). */
public class DecisionConflict extends RuntimeException {

    private final String entityId;
    private final String otherId;

    public DecisionConflict(String entityId, String otherId) {
        super("'" + entityId + "' and '" + otherId + "' cannot be the same: a DIFFERENT decision keeps members of "
                + "their resolved entities apart. Reverse that decision first.");
        this.entityId = entityId;
        this.otherId = otherId;
    }

    public String entityId() {
        return entityId;
    }

    public String otherId() {
        return otherId;
    }
}
