// For a batch of practitioners, the sanctions decided on or before $asOf against the firms each
// led (EXECUTIVE or LEGAL_REPRESENTATIVE affiliation covering the sanction's decision date).
// Parameters: $ids (list of practitioner ids), $asOf (DATE).
// Columns: id, ledFirms (list of maps {firmId, role, sanction}).
UNWIND $ids AS pid
MATCH (p:Practitioner {id: pid})
RETURN p.id AS id,
       COLLECT {
         MATCH (p)-[a:AFFILIATED_WITH]->(f:Party)<-[:AGAINST]-(s:Sanction)
         WHERE a.role IN ['EXECUTIVE', 'LEGAL_REPRESENTATIVE']
           AND s.decidedOn <= $asOf
           AND (a.from IS NULL OR a.from <= s.decidedOn)
           AND (a.to IS NULL OR s.decidedOn <= a.to)
         RETURN {firmId: f.id, role: a.role,
                 sanction: s {.id, .kind, .severity, .blacklist, .decidedOn, .effectiveFrom, .effectiveTo, .withdrawn, .disputed}}
       } AS ledFirms
