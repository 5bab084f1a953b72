// How many claims each professional serves in the whole graph: a provider (SERVICED_BY), an
// adjuster (ADJUSTED_BY), an agent or intermediary (claims on the policies it sold). Used to
// weigh a group's concentration on one professional against that professional's business.
// Parameters: $ids (LIST<STRING>).
// Columns: id, claims.
UNWIND $ids AS pid
MATCH (x:Party {id: pid})
RETURN x.id AS id,
       COUNT { (x)<-[:SERVICED_BY|ADJUSTED_BY]-(:Claim) }
         + COUNT { (x)<-[:SOLD_BY|VIA]-(:Policy)<-[:ON_POLICY]-(:Claim) } AS claims
