-- Ring candidate groups of the whole book (docs/fraud.md "Rings", steps 1 and 2 with the default
-- credlink.fraud.ring settings: identifier-weight 1.0, max-identifier-holders 20,
-- max-party-claims 20, min-link-weight 0.3, min-claims 6): every party of a connected group of
-- kept links whose members filed at least 6 claims, with the group (named by its smallest member)
-- and its size. The linkage and the union-find are ring_candidate_groups() of keys.sql. Groups
-- above max-group-size (40) are what CredLink splits into Louvain communities; that split is not
-- reproduced here.
-- Parameters: none.
-- Columns: party_id, group_id, group_size.
SELECT party_id, group_id, group_size
FROM ring_candidate_groups(1.0, 20, 20, 0.3, 6)
ORDER BY group_id, party_id;
