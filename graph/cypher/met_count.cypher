// The organizations-met summary behind queries/most_met_organizations.cypher, kept exact by every write
// (graph/writer.py): $count.sign = -1 takes the meetings $count.meetings (element ids) out before the block is
// written, +1 puts them back afterwards (those still there) with the new meetings $count.created (keys).
// Summed over all meetings it is the live computation of graph/cypher/most_met_organizations_live.cypher:
// - (:Person)-[:MET {meetings}]->(:Organization): a leader (2 to 4 Hangul syllables as name, works for an
//   organization) attended `meetings` meetings as a participant with one of the organization's people (not
//   himself) or with the organization as a whole, not being one of its people;
// - (:MetSummary {leaders, meetings})-[:SUMMARIZES]->(:Organization): how many leaders met it (its MET
//   relationships) and in how many meetings; there only while `meetings` > 0.
// Plans never follow statistics: every match is anchored on a unique key or an element id.
CYPHER replan=skip
CALL () {
  UNWIND $count.meetings AS id
  MATCH (m:Meeting) WHERE elementId(m) = id
  RETURN m
  UNION
  UNWIND $count.created AS key
  MATCH (m:Meeting {key: key})
  RETURN m
}
CALL (m) {
  MATCH (q:Person)-[r:ATTENDED]->(m)
  WITH q, r, [(q)-[:WORKS_FOR]->(o:Organization) | o] AS orgs
  RETURN collect({q: q, orgs: orgs, leader: size(orgs) > 0 AND q.name =~ '[가-힣]{2,4}' AND r.role = 'participant'})
         AS attendees
}
WITH m, attendees, [(m)-[:WITH_ORGANIZATION]->(o:Organization) | o] AS whole
UNWIND [a IN attendees WHERE a.leader] AS l
UNWIND reduce(met = whole, a IN attendees | CASE WHEN a.q = l.q THEN met ELSE met + a.orgs END) AS o
WITH DISTINCT m, l.q AS p, o, l.orgs AS own
WHERE NOT o IN own
WITH collect({m: m, p: p, o: o}) AS rows
CALL (rows) {
  UNWIND rows AS row
  WITH row.p AS p, row.o AS o, count(*) AS n
  MERGE (p)-[r:MET]->(o)
  SET r.meetings = coalesce(r.meetings, 0) + $count.sign * n
  WITH r WHERE r.meetings <= 0
  DELETE r
}
CALL (rows) {
  UNWIND rows AS row
  WITH row.o AS o, count(DISTINCT row.m) AS n
  MERGE (s:MetSummary)-[:SUMMARIZES]->(o)
  SET s.meetings = coalesce(s.meetings, 0) + $count.sign * n, s.leaders = COUNT { (o)<-[:MET]-(:Person) }
  WITH s WHERE s.meetings <= 0
  DETACH DELETE s
}
RETURN size(rows) AS rows
