// 질문: 이 사람과 가장 자주 함께 회동에 참석한 사람은?
// Question: Who attended meetings together with this person most often?
//
// :param name => '이재용'
//
// Answer: one row per co-attendee: `person`, their `organizations`, `meetings` together, the `dates`
// of those meetings and the co-attendee's `roles` (participant, or 배석 attendee), most frequent first.
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
MATCH (p)-[:ATTENDED]->(m:Meeting)<-[r:ATTENDED]-(q:Person)
WHERE q <> p
WITH q, count(DISTINCT m) AS meetings, collect(DISTINCT m.date) AS dates, collect(DISTINCT r.role) AS roles
OPTIONAL MATCH (q)-[:WORKS_FOR]->(o:Organization)
RETURN q.name AS person, collect(o.name) AS organizations, meetings, dates, roles
ORDER BY meetings DESC, person
