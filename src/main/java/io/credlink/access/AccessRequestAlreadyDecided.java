package io.credlink.access;

/** The request was approved or rejected already; decisions are final. */
public class AccessRequestAlreadyDecided extends RuntimeException {

    private final AccessRequestStatus status;

    public AccessRequestAlreadyDecided(String id, AccessRequestStatus status) {
        super("Access request '" + id + "' is " + status + " already.");
        this.status = status;
    }

    public AccessRequestStatus status() {
        return status;
    }
}
