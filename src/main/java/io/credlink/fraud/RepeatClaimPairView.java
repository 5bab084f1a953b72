package io.credlink.fraud;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Two claims that look like one loss claimed twice, by one rule of REPEAT_CLAIM (docs/fraud.md),
 * shaped as a match in a REPEAT_CLAIM alert's evidence.
 *
 * @param claimIds   the two claims, the smaller id first
 * @param rule       SAME_SUBJECT, SAME_CLAIMANT_CAUSE or SAME_INVOICE
 * @param value      what they share: the subject reference, the claimant and cause, or the invoice number
 * @param daysApart  days between their incidents
 * @param resolvedId the resolved entity when two of its members filed them, else absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RepeatClaimPairView(List<String> claimIds, String rule, String value, int daysApart, String resolvedId) {
}
