package io.credlink.fraud;

import org.springframework.http.HttpStatus;

/** The case proposes no sanction. */
public class NoSanctionProposal extends FraudProblem {

    public NoSanctionProposal(String id) {
        super(HttpStatus.NOT_FOUND, "no-sanction-proposal", "No sanction proposal",
                "Case " + id + " proposes no sanction.");
    }
}
