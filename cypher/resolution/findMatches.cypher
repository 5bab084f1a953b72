// Answers: a party's resolved id and its stored links (scored at or above the review threshold, or decided).
// Parameters: $id (party id)
// Columns: id, resolvedId, matches (list of {entityId, type, name, score, decision, fields, levels, weights, priorWeight})
MATCH (p:Party {id: $id})
RETURN p.id AS id,
       coalesce(p.resolvedId, p.id) AS resolvedId,
       [(p)-[r:SAME_AS]-(o:Party) | {entityId: o.id,
         type: [l IN labels(o) WHERE l IN ['Insurer', 'Intermediary', 'Practitioner', 'Consumer', 'Provider']][0],
         name: o.name, score: r.score, decision: r.decision, fields: r.fields, levels: r.levels,
         weights: r.weights, priorWeight: r.priorWeight}] AS matches
