// The exact answer of queries/most_met_organizations.cypher computed from the whole graph (every attendance
// read: ~1.5 s at 10,000 articles), without the summary the writer keeps (met_count.cypher); tests compare the
// two. Same rows as the query file (`met_by` in no particular order); $limit: rows (null: every organization met).
MATCH (q:Person)
WITH q, [(q)-[:WORKS_FOR]->(o:Organization) | o] AS orgs
WITH q, orgs, size(orgs) > 0 AND q.name =~ '[가-힣]{2,4}' AS leader
MATCH (q)-[r:ATTENDED]->(m:Meeting)
WITH m, collect({q: q, orgs: orgs, leader: leader AND r.role = 'participant'}) AS attendees
WITH m, attendees, [(m)-[:WITH_ORGANIZATION]->(o:Organization) | o] AS whole
UNWIND [a IN attendees WHERE a.leader] AS l
UNWIND reduce(met = whole, a IN attendees | CASE WHEN a.q = l.q THEN met ELSE met + a.orgs END) AS o
WITH DISTINCT l.q AS p, m, o, l.orgs AS own
WHERE NOT o IN own
RETURN o.name AS organization, count(DISTINCT p) AS leaders, count(DISTINCT m) AS meetings,
       collect(DISTINCT p.name) AS met_by
ORDER BY leaders DESC, meetings DESC, organization
LIMIT coalesce(toInteger($limit), 1000000000)
