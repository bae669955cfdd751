// 질문: 조직 A와 조직 B를 모두 만난 사람은 누구인가?
// Question: Who met both organization A and organization B?
//
// :param a => 'Meta'
// :param b => 'Amazon'
//
// A person met an organization when they attended a meeting with one of its people, or with the
// organization itself; meeting one's own organization does not count. Names and aliases match without
// regard to case and spaces, so 'Meta', '메타', 'amazon' and '아마존' all work.
// Answer: one row per person (on the seeds: 이재용) with whom they met for each organization
// (`via_a`, `via_b`) and the `paths` person → meeting → counterpart → organization, drawn by Neo4j Browser.
// "Not one's own organization" is checked against the organization's people, read once per organization
// before its meetings are expanded (a person's own relationships are many: their meetings and mentions).
WITH toLower(replace($a, ' ', '')) AS a, toLower(replace($b, ' ', '')) AS b
MATCH (o:Organization)
WHERE any(x IN [o.name] + o.aliases WHERE toLower(replace(x, ' ', '')) IN [a, b])
WITH o, a, b, [x IN [o.name] + o.aliases | toLower(replace(x, ' ', ''))] AS names,
     [(o)<-[:WORKS_FOR]-(staff:Person) | staff] AS own_people
CALL (o) {
  MATCH path = (p:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(q:Person)-[:WORKS_FOR]->(o)
  WHERE q <> p
  RETURN p, q.name AS via, path
  UNION
  MATCH path = (p:Person)-[:ATTENDED]->(m:Meeting)-[:WITH_ORGANIZATION]->(o)
  RETURN p, o.name AS via, path
}
WITH p, o, via, path, a, b, names, own_people
WHERE NOT p IN own_people
WITH p, collect(DISTINCT CASE WHEN a IN names THEN via END) AS via_a,
     collect(DISTINCT CASE WHEN b IN names THEN via END) AS via_b, collect(path) AS paths
WHERE size(via_a) > 0 AND size(via_b) > 0
RETURN p.name AS person, via_a, via_b, paths
ORDER BY person
