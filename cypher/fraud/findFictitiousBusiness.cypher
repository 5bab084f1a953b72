// FICTITIOUS_BUSINESS: agents (SOLD_BY) and intermediaries (VIA) with at least $minPolicies
// policies of which at least $minCancelledShare were cancelled within $withinDays days of their
// start. One row per seller with the early-cancelled policies (id, start, cancellation).
// Parameters: $minPolicies (INTEGER), $minCancelledShare (FLOAT), $withinDays (INTEGER).
// Columns: sellerId, sellerType, policies, cancelledEarly, share,
//   cancelled [{policyId, startDate, cancelledOn, days}].
CALL () {
  MATCH (p:Policy)-[:SOLD_BY]->(s:Practitioner)
  RETURN s, p
  UNION ALL
  MATCH (p:Policy)-[:VIA]->(s:Intermediary)
  RETURN s, p
}
WITH s, p,
     p.cancelledOn IS NOT NULL AND p.cancelledOn <= p.startDate + duration({days: $withinDays}) AS early
WITH s, count(p) AS policies,
     collect(CASE WHEN early THEN {policyId: p.id, startDate: toString(p.startDate),
       cancelledOn: toString(p.cancelledOn), days: duration.inDays(p.startDate, p.cancelledOn).days} END) AS cancelled
WHERE policies >= $minPolicies
  AND toFloat(size(cancelled)) / policies >= $minCancelledShare
RETURN s.id AS sellerId,
       [l IN labels(s) WHERE NOT l IN ['Entity', 'Party']][0] AS sellerType,
       policies,
       size(cancelled) AS cancelledEarly,
       toFloat(size(cancelled)) / policies AS share,
       cancelled
ORDER BY sellerId
