// The parties network exposure starts from on $asOf: subjects of sanctions in force (blacklisting
// or not, withdrawn ones never) and parties filing or named on FRAUD claims incurred by then.
// Parameters: $asOf (DATE).
// Columns: id, reason (BLACKLISTED | SANCTIONED | FRAUD), severity (sanctions, else null),
//   since (the FRAUD claim's incident date, else null).
CALL () {
  MATCH (s:Sanction)-[:AGAINST]->(p:Party)
  WHERE s.effectiveFrom <= $asOf
    AND (s.effectiveTo IS NULL OR $asOf <= s.effectiveTo)
    AND coalesce(s.withdrawn, false) = false
  RETURN p.id AS id,
         CASE WHEN s.blacklist THEN 'BLACKLISTED' ELSE 'SANCTIONED' END AS reason,
         s.severity AS severity,
         null AS since
  UNION ALL
  MATCH (c:Claim {status: 'FRAUD'})<-[:FILED|PARTY_TO]-(p:Party)
  WHERE c.incidentDate <= $asOf
  RETURN p.id AS id,
         'FRAUD' AS reason,
         null AS severity,
         c.incidentDate AS since
}
RETURN id, reason, severity, since
