// 질문: 한국 기업인들이 가장 많이 만난 조직은?
// Question: Which organizations did Korean leaders meet most?
//
// :param limit => 10
//
// A "Korean leader" is a person whose name is written the way Korean press writes Korean names (2 to 4
// Hangul syllables, no space: 이재용, 최태원; transliterated foreign names have spaces: 마크 저커버그) and
// who works for an organization. A leader meets an organization by taking part in a meeting (as a
// participant, not a 배석 attendee) with one of its people or with the organization itself; their own
// organizations are not counted.
// The count covers the whole graph, so the query reads every meeting attendance once: each person's
// organizations are read once, each meeting's attendees once (grouped per meeting), and the organizations a
// leader met are taken from that group, never by expanding the meeting again per leader (139,000 attendances
// and 66,000 meetings at 10,000 articles: about 1.5 s, the only query file far above 50 ms; see README).
// Answer: one row per organization: `organization`, `leaders` (how many distinct leaders met it),
// `meetings` (how many meetings), `met_by` (the leaders), most met first.
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
LIMIT toInteger($limit)
