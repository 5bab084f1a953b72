// Schema V005: look-ups of the sanction module. The black list scans blacklisting sanctions by
// start date; the red list scans RED_LIST/AWARD records by date; sanctions are also filtered by kind.
CREATE INDEX sanction_blacklist_effective_from IF NOT EXISTS FOR (n:Sanction) ON (n.blacklist, n.effectiveFrom);
CREATE INDEX sanction_kind IF NOT EXISTS FOR (n:Sanction) ON (n.kind);
CREATE INDEX credit_record_kind_date IF NOT EXISTS FOR (n:CreditRecord) ON (n.kind, n.date);
