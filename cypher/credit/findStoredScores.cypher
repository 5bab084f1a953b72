// The stored current scores of a batch of parties.
// Parameters: $ids (list of party ids).
// Columns: entityId, entityType, score, grade, base, factors, asOf, computedAt, blacklisted, network,
//   networkJson, exposure, exposures, restricted, hasRecords.
UNWIND $ids AS pid
MATCH (s:CreditScore {entityId: pid})
RETURN s.entityId AS entityId,
       s.entityType AS entityType,
       s.score AS score,
       s.grade AS grade,
       s.base AS base,
       s.factors AS factors,
       s.asOf AS asOf,
       s.computedAt AS computedAt,
       s.blacklisted AS blacklisted,
       s.network AS network,
       s.networkJson AS networkJson,
       s.exposure AS exposure,
       s.exposures AS exposures,
       s.restricted AS restricted,
       s.hasRecords AS hasRecords
