// Schema V010: audit entries no longer carry a unique id. It was only the tie-break of entries
// with the same time, and its uniqueness constraint cost every audited call a string index
// insert and a uniqueness check (issue 5: about a quarter of an audit row's write). Pages now
// break ties by the element id; entries written before keep their id, unused.
DROP CONSTRAINT audit_entry_id IF EXISTS;
