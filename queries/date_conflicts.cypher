// 질문: 기사마다 날짜가 다르게 보도된 회동은?
// Question: Which meetings do the articles date differently?
//
// :param limit => 100
//
// A meeting has a date conflict when its reports give different days (one says 6월 1일, the other
// 6월 11일): the meeting keeps the month they share, and every report keeps its own date.
// At most `limit` meetings, earliest first (by date, then place and key; undated last): a graph of 10,000
// articles has about 400 such meetings and 800 reports, and each row carries its report's quotes and a path.
// Answer: one row per report of such a meeting: `people` at the meeting, its `date` (the shared month),
// `dates_reported`, and per article the `source`, `title`, `reported` date, `date_text` and supporting
// `quotes`; `path` meeting → article for Neo4j Browser. Reports of one meeting follow each other, by
// reported date and article.
MATCH (m:Meeting {date_conflict: true})
WITH m ORDER BY coalesce(m.date, '9999'), m.place, m.key LIMIT toInteger($limit)
CALL (m) {
  MATCH (m)<-[:ATTENDED]-(p:Person)
  RETURN collect(p.name) AS people
}
MATCH path = (m)-[r:REPORTED_IN]->(art:Article)
RETURN people, m.date AS date, m.dates_reported AS dates_reported, art.source AS source, art.title AS title,
       r.date AS reported, r.date_text AS date_text, r.quotes AS quotes, path
ORDER BY coalesce(date, '9999'), m.place, m.key, reported, art.path, r.report
