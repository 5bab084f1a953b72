// REPEAT_CLAIM candidates: pairs of claims that look like one loss claimed twice. Three rules:
// SAME_SUBJECT (same subjectRef, different policies, incidents at most $maxDaysApart days apart),
// SAME_CLAIMANT_CAUSE (same claimant and cause, different policies, at most $maxDaysApart days
// apart) and SAME_INVOICE (the same invoiceNo on two claims). One row per pair and rule, the
// lower claim id first; the scan joins overlapping pairs into one alert. The index hints keep
// the planner from pairing claims through a range on id (quadratic) instead of the shared value.
// With $resolveEntities the claimant is the resolved entity (resolution's read view: a member
// carries resolvedId, the smallest member id; the smallest member and a party alone carry none):
// claims filed by two members, one person under two insurers' ids, are one claimant's claims, and
// resolvedId names the entity; without it the claimant is the party.
// Parameters: $maxDaysApart (INTEGER), $resolveEntities (BOOLEAN).
// Columns: firstId, secondId, rule, value, daysApart, resolvedId (null unless two members filed).
CALL () {
  MATCH (a:Claim)
  WHERE a.subjectRef IS NOT NULL
  MATCH (b:Claim)
  USING INDEX b:Claim(subjectRef)
  WHERE b.subjectRef = a.subjectRef
    AND a.id < b.id
    AND abs(duration.inDays(a.incidentDate, b.incidentDate).days) <= $maxDaysApart
  MATCH (a)-[:ON_POLICY]->(pa:Policy)
  MATCH (b)-[:ON_POLICY]->(pb:Policy)
  WHERE pa <> pb
  RETURN a.id AS firstId, b.id AS secondId, 'SAME_SUBJECT' AS rule, a.subjectRef AS value,
         abs(duration.inDays(a.incidentDate, b.incidentDate).days) AS daysApart, null AS resolvedId
  UNION
  MATCH (p:Consumer)-[:FILED]->(a:Claim)
  WHERE a.cause IS NOT NULL
  WITH p, a, CASE WHEN $resolveEntities THEN coalesce(p.resolvedId, p.id) END AS entity
  CALL (p, entity) {
    RETURN p AS q
    UNION
    MATCH (q:Party {resolvedId: entity})
    WHERE entity IS NOT NULL AND q:Consumer
    RETURN q
    UNION
    MATCH (q:Party {id: entity})
    WHERE entity IS NOT NULL AND p.resolvedId IS NOT NULL AND q:Consumer
    RETURN q
  }
  MATCH (q)-[:FILED]->(b:Claim)
  WHERE a.id < b.id
    AND b.cause = a.cause
    AND abs(duration.inDays(a.incidentDate, b.incidentDate).days) <= $maxDaysApart
  MATCH (a)-[:ON_POLICY]->(pa:Policy)
  MATCH (b)-[:ON_POLICY]->(pb:Policy)
  WHERE pa <> pb
  RETURN a.id AS firstId, b.id AS secondId, 'SAME_CLAIMANT_CAUSE' AS rule,
         coalesce(entity, p.id) + ' ' + a.cause AS value,
         abs(duration.inDays(a.incidentDate, b.incidentDate).days) AS daysApart,
         CASE WHEN p <> q THEN entity END AS resolvedId
  UNION
  MATCH (a:Claim)
  WHERE a.invoiceNo IS NOT NULL
  MATCH (b:Claim)
  USING INDEX b:Claim(invoiceNo)
  WHERE b.invoiceNo = a.invoiceNo
    AND a.id < b.id
  RETURN a.id AS firstId, b.id AS secondId, 'SAME_INVOICE' AS rule, a.invoiceNo AS value,
         abs(duration.inDays(a.incidentDate, b.incidentDate).days) AS daysApart, null AS resolvedId
}
RETURN firstId, secondId, rule, value, daysApart, resolvedId
ORDER BY firstId, secondId, rule
