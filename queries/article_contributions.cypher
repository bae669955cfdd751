// 질문: 이 기사는 그래프에 무엇을 기여했나?
// Question: What did this article contribute to the graph?
//
// :param article => '쿠키뉴스'
//
// The article is found by a part of its title, source or file path. Every node an article contributed is
// linked to it: people, organizations and topics it MENTIONS (with sentence numbers) and meetings
// REPORTED_IN it.
// Answer: one row per contributed node: the article `title`, `kind` (label), `name` (or the meeting's
// key), the `sentences` that support it, and the `path` for Neo4j Browser.
MATCH (art:Article)
WHERE art.title CONTAINS $article OR art.source CONTAINS $article OR art.path CONTAINS $article
CALL (art) {
  MATCH path = (art)-[r:MENTIONS]->(n)
  RETURN labels(n)[0] AS kind, n.name AS name, r.sentences AS sentences, path
  UNION
  MATCH path = (n:Meeting)-[r:REPORTED_IN]->(art)
  RETURN 'Meeting' AS kind, n.key AS name, r.sentences AS sentences, path
}
RETURN art.title AS title, kind, name, sentences, path
ORDER BY title, kind, name
