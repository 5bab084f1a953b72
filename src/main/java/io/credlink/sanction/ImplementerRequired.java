package io.credlink.sanction;

/** Feedback by a regulator or administrator must name the organisation it reports for. */
public class ImplementerRequired extends RuntimeException {

    public ImplementerRequired() {
        super("a REGULATOR or ADMIN records feedback on behalf of an organisation: give implementedBy");
    }
}
