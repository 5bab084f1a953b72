// Remembers the last recomputation of a mode (FULL or INCREMENTAL): the day it scored and when.
// Parameters: $mode, $asOf (DATE), $computedAt (DATETIME), $scored, $changed.
// Columns: mode.
MERGE (r:CreditRecomputation {mode: $mode})
SET r.asOf = $asOf,
    r.computedAt = $computedAt,
    r.scored = $scored,
    r.changed = $changed
RETURN r.mode AS mode
