// The sanctions in force on $day that were not in force on $since (null: every sanction in force on
// $day), "in force" as listInForceSanctions.cypher states it, compared for both days in one read:
// what a counterparty check adds to the restriction flags of the last full recomputation.
// Parameters: $day (DATE), $since (DATE or null). Columns: sanctionId, by sanction id.
MATCH (s:Sanction)-[:AGAINST]->(:Party)
WHERE s.effectiveFrom <= $day
  AND (s.effectiveTo IS NULL OR $day <= s.effectiveTo)
  AND coalesce(s.withdrawn, false) = false
  AND ($since IS NULL
       OR NOT (s.effectiveFrom <= $since AND (s.effectiveTo IS NULL OR $since <= s.effectiveTo)))
RETURN DISTINCT s.id AS sanctionId
ORDER BY sanctionId
