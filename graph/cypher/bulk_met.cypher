// The organizations-met summary of a bulk load (graph/bulk.py), counted from the resolved graph by
// graph/met.py summary_of (the count met_count.cypher makes over all meetings): the database held none, so every
// MET relationship and MetSummary node is created. $met.met: {person, organization, meetings} (node keys);
// $met.summaries: {organization, leaders, meetings}. Every match is anchored on a unique key.
CYPHER replan=skip
CALL () {
  UNWIND $met.met AS row
  MATCH (p:Person {key: row.person}) MATCH (o:Organization {key: row.organization})
  CREATE (p)-[:MET {meetings: row.meetings}]->(o)
}
CALL () {
  UNWIND $met.summaries AS row
  MATCH (o:Organization {key: row.organization})
  CREATE (:MetSummary {leaders: row.leaders, meetings: row.meetings})-[:SUMMARIZES]->(o)
}
RETURN 1 AS done
