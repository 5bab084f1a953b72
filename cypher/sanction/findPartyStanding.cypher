// Restrictions from the projection: whether the party exists, and the current standing of the
// sanctions the projection says reach it (read live: withdrawal, early end and disputes change
// these without a rebuild). Parameters: $id, $sanctionIds (list). Columns: id, sanctions (list
// of maps {sanctionId, effectiveFrom, effectiveTo, withdrawn, disputed}); no row when no party
// has the id.
MATCH (p:Party {id: $id})
CALL () {
  UNWIND $sanctionIds AS sid
  MATCH (s:Sanction {id: sid})
  RETURN collect({sanctionId: s.id, effectiveFrom: s.effectiveFrom, effectiveTo: s.effectiveTo,
                  withdrawn: coalesce(s.withdrawn, false), disputed: coalesce(s.disputed, false)}) AS sanctions
}
RETURN p.id AS id, sanctions
LIMIT 1
