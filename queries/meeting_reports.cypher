// 질문: 이 회동을 보도한 기사는 어느 것이며, 각 기사는 날짜를 어떻게 적었나?
// Question: Which articles report a given meeting, and what date does each give?
//
// :param a => '이재용'
// :param b => '마크 저커버그'
// :param date => '2024-06'
//
// The meeting is the one `a` and `b` both attended; `date` ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD', or null
// for any) narrows it down by the meeting's date or any date reported for it.
// Answer: one row per report: the `meeting` key, its `date` and `date_conflict`, the article's `source`,
// `title` and `published` date, the date as that article `reported` it (and `date_text` as written),
// its `place`, the `sentences` (indexes) and `quotes` that support it, and the `path` meeting → article.
// Lookup: the full-text index `person_lookup` (keyword analyzer over Person.lookup, each of a person's names
// as toLower(replace(x, ' ', ''))) finds the candidates by one exact term, the comparison below keeps the answer;
// an empty name reads every person, as the comparison alone did.
WITH toLower(replace($a, ' ', '')) AS na, toLower(replace($b, ' ', '')) AS nb
CALL (na) {
  WITH na WHERE na <> ''
  CALL db.index.fulltext.queryNodes('person_lookup', '"' + replace(replace(na, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD node
  RETURN node AS p
  UNION
  WITH na WHERE na = ''
  MATCH (p:Person)
  RETURN p
}
WITH na, nb, p
WHERE toLower(replace(p.name, ' ', '')) = na OR any(x IN p.aliases WHERE toLower(replace(x, ' ', '')) = na)
CALL (nb) {
  WITH nb WHERE nb <> ''
  CALL db.index.fulltext.queryNodes('person_lookup', '"' + replace(replace(nb, '\\', '\\\\'), '"', '\\"') + '"')
  YIELD node
  RETURN node AS q
  UNION
  WITH nb WHERE nb = ''
  MATCH (q:Person)
  RETURN q
}
WITH p, q, nb
WHERE toLower(replace(q.name, ' ', '')) = nb OR any(x IN q.aliases WHERE toLower(replace(x, ' ', '')) = nb)
MATCH (p)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(q)
WHERE ($date IS NULL OR m.date STARTS WITH $date OR $date STARTS WITH m.date
       OR any(d IN m.dates_reported WHERE d STARTS WITH $date))
MATCH path = (m)-[r:REPORTED_IN]->(art:Article)
RETURN m.key AS meeting, m.date AS date, m.date_conflict AS date_conflict, art.source AS source,
       art.title AS title, art.published AS published, r.date AS reported, r.date_text AS date_text,
       r.place AS place, r.sentences AS sentences, r.quotes AS quotes, path
ORDER BY meeting, published, source
