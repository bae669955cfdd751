// 질문: 이 주제(하위 주제 포함)에 대해 논의한 회동은?
// Question: Which meetings were about this topic, including its narrower topics?
//
// :param topic => 'AI'
//
// Narrower topics are those with a BROADER chain up to the topic (소버린 AI → AI). The topic name matches
// without regard to case. At most 100 meetings, earliest first (undated last): a broad topic has thousands
// (16,000 of the 66,000 meetings of a graph of 10,000 articles are about AI), so meetings are read in date
// order from the index on Meeting.date until 100 are about the topic (meetings of the same date and place
// in key order); undated ones are read only when fewer than 100 dated meetings are.
// Answer: one row per meeting: `date`, `place`, `people`, `organizations` met as a whole, the matching
// `topics`, and `paths` meeting → topic → ... → the asked topic for Neo4j Browser.
MATCH (t:Topic)
WHERE toLower(t.name) = toLower($topic)
WITH collect(t) AS asked
CALL (asked) {
  UNWIND asked AS t
  MATCH (t)<-[:BROADER*0..]-(s:Topic)
  RETURN collect(DISTINCT s) AS narrower
}
CALL (narrower) {
  MATCH (m:Meeting)
  WHERE m.date IS NOT NULL AND EXISTS { (m)-[:ABOUT]->(s:Topic) WHERE s IN narrower }
  WITH m ORDER BY m.date, m.place, m.key LIMIT 100
  RETURN collect(m) AS dated
}
CALL (narrower, dated) {
  WITH narrower, dated WHERE size(dated) < 100
  UNWIND narrower AS s
  MATCH (s)<-[:ABOUT]-(m:Meeting)
  WHERE m.date IS NULL
  WITH DISTINCT m ORDER BY m.place, m.key LIMIT 100
  RETURN collect(m) AS undated
}
UNWIND (dated + undated)[..100] AS m
UNWIND asked AS t
MATCH path = (m)-[:ABOUT]->(:Topic)-[:BROADER*0..]->(t)
WITH m, collect(path) AS paths, collect(DISTINCT nodes(path)[1].name) AS topics
RETURN m.date AS date, m.place AS place, [(m)<-[:ATTENDED]-(p:Person) | p.name] AS people,
       [(m)-[:WITH_ORGANIZATION]->(o:Organization) | o.name] AS organizations, topics, paths
ORDER BY coalesce(date, '9999'), place, m.key
