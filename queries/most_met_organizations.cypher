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
// Answer: one row per organization: `organization`, `leaders` (how many distinct leaders met it),
// `meetings` (how many meetings), `met_by` (the leaders), most met first.
MATCH (p:Person)-[:WORKS_FOR]->(:Organization)
WHERE p.name =~ '[가-힣]{2,4}'
WITH DISTINCT p
MATCH (p)-[:ATTENDED {role: 'participant'}]->(m:Meeting)
WITH p, m, [(p)-[:WORKS_FOR]->(own:Organization) | own] AS own
WITH p, m, own,
     [(m)<-[:ATTENDED]-(q:Person)-[:WORKS_FOR]->(o:Organization) WHERE q <> p | o]
     + [(m)-[:WITH_ORGANIZATION]->(o:Organization) | o] AS met
UNWIND met AS o
WITH DISTINCT p, m, o, own
WHERE NOT o IN own
RETURN o.name AS organization, count(DISTINCT p) AS leaders, count(DISTINCT m) AS meetings,
       collect(DISTINCT p.name) AS met_by
ORDER BY leaders DESC, meetings DESC, organization
LIMIT toInteger($limit)
