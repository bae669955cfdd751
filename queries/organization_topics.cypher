// 질문: 이 조직과의 회동에서는 어떤 주제가 논의되었나?
// Question: Which topics were discussed in meetings with this organization?
//
// :param org => '삼성전자'
//
// A meeting is with the organization when one of its people attended it or the organization was met as
// a whole. Name and aliases match without regard to case and spaces ('Samsung' works too). Meetings are
// counted per topic first; the broader topics are then read once per topic, not once per meeting.
// Answer: one row per topic: `topic`, its `broader` topics, `meetings` count and their `dates`, most
// discussed first.
WITH toLower(replace($org, ' ', '')) AS n
MATCH (o:Organization)
WHERE toLower(replace(o.name, ' ', '')) = n OR any(x IN o.aliases WHERE toLower(replace(x, ' ', '')) = n)
CALL (o) {
  MATCH (o)<-[:WORKS_FOR]-(:Person)-[:ATTENDED]->(m:Meeting)
  RETURN m
  UNION
  MATCH (o)<-[:WITH_ORGANIZATION]-(m:Meeting)
  RETURN m
}
MATCH (m)-[:ABOUT]->(t:Topic)
WITH t, count(DISTINCT m) AS meetings, collect(DISTINCT m.date) AS dates
RETURN t.name AS topic, COLLECT { MATCH (t)-[:BROADER*1..]->(wide:Topic) RETURN DISTINCT wide.name } AS broader,
       meetings, dates
ORDER BY meetings DESC, topic
