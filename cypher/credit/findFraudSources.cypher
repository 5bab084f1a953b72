// The parties network exposure starts from on $asOf because of fraud: those filing or named on
// FRAUD claims incurred by then (the sanctioned ones come from SanctionService.inForce).
// Parameters: $asOf (DATE).
// Columns: id, reason (FRAUD), since (the claim's incident date).
MATCH (c:Claim {status: 'FRAUD'})<-[:FILED|PARTY_TO]-(p:Party)
WHERE c.incidentDate <= $asOf
RETURN p.id AS id,
       'FRAUD' AS reason,
       c.incidentDate AS since
