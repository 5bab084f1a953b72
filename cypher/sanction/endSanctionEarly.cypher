// Credit repair: ends a standing sanction early and keeps the previous end as a change.
// Parameters: $id, $effectiveTo (DATE), $by, $reason. Columns: id.
MATCH (s:Sanction {id: $id})
WHERE coalesce(s.withdrawn, false) = false
CREATE (s)-[:CHANGED]->(:SanctionChange {kind: 'EARLY_END', at: datetime(), seq: COUNT { (s)-[:CHANGED]->() }, by: $by, reason: $reason,
                                         previousEffectiveTo: s.effectiveTo, effectiveTo: $effectiveTo})
SET s.effectiveTo = $effectiveTo
RETURN s.id AS id
