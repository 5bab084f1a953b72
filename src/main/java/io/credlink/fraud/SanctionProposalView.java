package io.credlink.fraud;

import io.credlink.sanction.PropagationView;
import io.credlink.sanction.SanctionRequest;

/**
 * The sanction a confirmed case proposes to a regulator and what it would set off if recorded
 * (the sanction module's what-if impact; nothing is recorded).
 */
public record SanctionProposalView(String caseId, SanctionRequest proposal, PropagationView impact) {
}
