package io.credlink.fraud;

/** The case proposes no sanction. */
public class NoSanctionProposal extends RuntimeException {

    public NoSanctionProposal(String id) {
        super("Case " + id + " proposes no sanction.");
    }
}
