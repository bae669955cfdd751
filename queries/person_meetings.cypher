// 질문: 이 사람은 누구를 만났나? 언제, 어디서, 무엇에 대해, 어느 기사에 따르면?
// Question: Whom did this person meet, when, where, about what, according to which articles?
//
// :param name => '이재용'
//
// The person is found by name, Latin name or alias (case and spaces ignored). Everyone they met is a
// person at the same meeting, or an organization met as a whole.
// A meeting's topics and articles are read once per meeting, before its counterparts.
// Answer: one row per meeting and counterpart: `met`, their `organizations`, `date` (with `date_conflict`
// when reports disagree), `place`, `topics`, the reporting `articles`, and the `path` for Neo4j Browser.
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
MATCH (p)-[a:ATTENDED]->(m:Meeting)
WITH p, a, m, [(m)-[:ABOUT]->(t:Topic) | t.name] AS topics,
     COLLECT { MATCH (m)-[:REPORTED_IN]->(art:Article)
               RETURN DISTINCT coalesce(art.source, '') + ' ' + coalesce(toString(art.published), '') + ' '
                               + coalesce(art.title, art.path) } AS articles
CALL (p, a, m) {
  MATCH path = (p)-[a]->(m)<-[:ATTENDED]-(q:Person)
  WHERE q <> p
  RETURN q.name AS met, [(q)-[:WORKS_FOR]->(o:Organization) | o.name] AS organizations, path
  UNION
  MATCH path = (p)-[a]->(m)-[:WITH_ORGANIZATION]->(o:Organization)
  RETURN o.name AS met, [o.name] AS organizations, path
}
RETURN p.name AS person, met, organizations, m.date AS date, m.date_conflict AS date_conflict, m.place AS place,
       topics, articles, path
ORDER BY date, met
