package io.credlink.fraud;

import java.util.List;

/** Published when a case is closed as CONFIRMED_FRAUD: its claims are now status FRAUD. */
public record FraudConfirmed(String caseId, List<String> claimIds, List<String> partyIds) {
}
