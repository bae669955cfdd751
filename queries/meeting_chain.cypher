// 질문: 두 사람은 회동을 몇 번 거치면 연결되는가?
// Question: What is the shortest chain of meetings between two people?
//
// :param from => '전영현'
// :param to => '마크 저커버그'
//
// Each step is a meeting both people attended (person → meeting ← person). People are found by name,
// Latin name or alias (case and spaces ignored).
// Answer: one row: `chain` (the people in order), `meetings` (how many meetings), `dates` of those
// meetings, and the `path` for Neo4j Browser; no row when they are not connected.
// Lookup: the full-text index `person_lookup` (keyword analyzer over Person.lookup, each of a person's names
// as toLower(replace(x, ' ', ''))) finds the candidates by one exact term, the comparison below keeps the answer;
// an empty name reads every person, as the comparison alone did.
WITH toLower(replace($from, ' ', '')) AS f, toLower(replace($to, ' ', '')) AS t
CALL (f) {
  WITH f WHERE f <> ''
  CALL db.index.fulltext.queryNodes('person_lookup', '"' + replace(replace(f, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD node
  RETURN node AS a
  UNION
  WITH f WHERE f = ''
  MATCH (a:Person)
  RETURN a
}
WITH f, t, a
WHERE toLower(replace(a.name, ' ', '')) = f OR toLower(replace(coalesce(a.latin_name, ''), ' ', '')) = f
   OR any(x IN a.aliases WHERE toLower(replace(x, ' ', '')) = f)
CALL (t) {
  WITH t WHERE t <> ''
  CALL db.index.fulltext.queryNodes('person_lookup', '"' + replace(replace(t, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD node
  RETURN node AS b
  UNION
  WITH t WHERE t = ''
  MATCH (b:Person)
  RETURN b
}
WITH a, b, t
WHERE a <> b AND (toLower(replace(b.name, ' ', '')) = t OR toLower(replace(coalesce(b.latin_name, ''), ' ', '')) = t
   OR any(x IN b.aliases WHERE toLower(replace(x, ' ', '')) = t))
MATCH path = shortestPath((a)-[:ATTENDED*..16]-(b))
RETURN [n IN nodes(path) WHERE n:Person | n.name] AS chain, length(path) / 2 AS meetings,
       [n IN nodes(path) WHERE n:Meeting | n.date] AS dates, path
ORDER BY meetings
LIMIT 1
