// How far the graph has the audit journal $journal (the number of its last record written here;
// null when none yet). Parameters: $journal. Columns: replayed.
OPTIONAL MATCH (j:AuditJournal {id: $journal})
RETURN max(j.replayed) AS replayed
