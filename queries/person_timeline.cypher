// 질문: 이 사람의 회동을 시간순으로 보여 달라.
// Question: What is the timeline of this person's meetings?
//
// :param name => '이재용'
//
// Answer: one row per meeting in date order (month or year when that is all the reports say):
// `date`, `date_precision`, `dates_reported` and `date_conflict`, `with` (people and organizations met),
// `place`, `topics`, `status` (held/planned), `role` (participant or 배석 attendee) and `reports`
// (how many articles report it).
// Lookup: the full-text index `person_lookup` (keyword analyzer over Person.lookup, each of a person's names
// as toLower(replace(x, ' ', ''))) finds the candidates by one exact term, the comparison below keeps the answer;
// an empty name reads every person, as the comparison alone did.
WITH toLower(replace($name, ' ', '')) AS n
CALL (n) {
  WITH n WHERE n <> ''
  CALL db.index.fulltext.queryNodes('person_lookup', '"' + replace(replace(n, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD node
  RETURN node AS p
  UNION
  WITH n WHERE n = ''
  MATCH (p:Person)
  RETURN p
}
WITH n, p
WHERE toLower(replace(p.name, ' ', '')) = n OR toLower(replace(coalesce(p.latin_name, ''), ' ', '')) = n
   OR any(x IN p.aliases WHERE toLower(replace(x, ' ', '')) = n)
MATCH (p)-[att:ATTENDED]->(m:Meeting)
CALL (p, m) {
  OPTIONAL MATCH (m)<-[:ATTENDED]-(q:Person) WHERE q <> p
  WITH collect(q.name) AS people
  OPTIONAL MATCH (m)-[:WITH_ORGANIZATION]->(o:Organization)
  WITH people, collect(o.name) AS organizations
  RETURN people + organizations AS with
}
CALL (m) {
  OPTIONAL MATCH (m)-[:ABOUT]->(t:Topic)
  WITH collect(t.name) AS topics
  OPTIONAL MATCH (m)-[:REPORTED_IN]->(art:Article)
  RETURN topics, count(DISTINCT art) AS reports
}
RETURN p.name AS person, m.date AS date, m.date_precision AS date_precision, m.dates_reported AS dates_reported,
       m.date_conflict AS date_conflict, with, m.place AS place, topics, m.status AS status, att.role AS role, reports
ORDER BY coalesce(date, '9999'), date_precision, place
