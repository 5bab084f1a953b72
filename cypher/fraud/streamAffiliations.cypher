// Every AFFILIATED_WITH of a practitioner (to an insurer or an intermediary) with its role and
// period: FAKE_POLICY checks that a policy's agent was affiliated on its start date.
// Parameters: none.
// Columns: agentId, orgId, role, from, to.
MATCH (agent:Practitioner)-[a:AFFILIATED_WITH]->(o)
RETURN agent.id AS agentId,
       o.id AS orgId,
       a.role AS role,
       a.from AS from,
       a.to AS to
