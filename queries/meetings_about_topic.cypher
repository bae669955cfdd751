// 질문: 이 주제(하위 주제 포함)에 대해 논의한 회동은?
// Question: Which meetings were about this topic, including its narrower topics?
//
// :param topic => 'AI'
//
// Narrower topics are those with a BROADER chain up to the topic (소버린 AI → AI). The topic name matches
// without regard to case.
// Answer: one row per meeting: `date`, `place`, `people`, `organizations` met as a whole, the matching
// `topics`, and `paths` meeting → topic → ... → the asked topic for Neo4j Browser.
MATCH (t:Topic)
WHERE toLower(t.name) = toLower($topic)
MATCH path = (m:Meeting)-[:ABOUT]->(:Topic)-[:BROADER*0..]->(t)
WITH m, collect(path) AS paths, collect(DISTINCT nodes(path)[1].name) AS topics
CALL (m) {
  OPTIONAL MATCH (m)<-[:ATTENDED]-(p:Person)
  WITH collect(p.name) AS people
  OPTIONAL MATCH (m)-[:WITH_ORGANIZATION]->(o:Organization)
  RETURN people, collect(o.name) AS organizations
}
RETURN m.date AS date, m.place AS place, people, organizations, topics, paths
ORDER BY coalesce(date, '9999'), place
