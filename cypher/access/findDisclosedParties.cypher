// Which of the strings an answer contains are ids of parties: the parties the answer discloses,
// each recorded in the audit trail against that party (AccessFilter). One index look-up per
// candidate on the party_id constraint.
// Parameters: $candidates (list of strings). Columns: id.
UNWIND $candidates AS candidate
MATCH (p:Party {id: candidate})
RETURN p.id AS id
