// 질문: 기사마다 날짜가 다르게 보도된 회동은?
// Question: Which meetings do the articles date differently?
//
// (no parameters)
//
// A meeting has a date conflict when its reports give different days (one says 6월 1일, the other
// 6월 11일): the meeting keeps the month they share, and every report keeps its own date.
// Answer: one row per report of such a meeting: `people` at the meeting, its `date` (the shared month),
// `dates_reported`, and per article the `source`, `title`, `reported` date, `date_text` and supporting
// `quotes`; `path` meeting → article for Neo4j Browser.
MATCH (m:Meeting {date_conflict: true})
CALL (m) {
  MATCH (m)<-[:ATTENDED]-(p:Person)
  RETURN collect(p.name) AS people
}
MATCH path = (m)-[r:REPORTED_IN]->(art:Article)
RETURN people, m.date AS date, m.dates_reported AS dates_reported, art.source AS source, art.title AS title,
       r.date AS reported, r.date_text AS date_text, r.quotes AS quotes, path
ORDER BY date, reported
