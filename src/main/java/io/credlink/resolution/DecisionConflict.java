package io.credlink.resolution;

import org.springframework.http.HttpStatus;

import io.credlink.web.DomainProblem;

/** A SAME decision that earlier DIFFERENT decisions forbid (through other members): 409. */
public class DecisionConflict extends DomainProblem {

    public DecisionConflict(String entityId, String otherId) {
        super(HttpStatus.CONFLICT, "resolution-conflict", "Decision conflicts with earlier decisions",
                "'" + entityId + "' and '" + otherId + "' cannot be the same: a DIFFERENT decision keeps members of "
                        + "their resolved entities apart. Reverse that decision first.");
    }
}
