// 질문: 이름(한글 또는 로마자)으로 사람과 조직을 찾아 달라.
// Question: Find people and organizations by any of their names, in Hangul or Latin script.
//
// :param q => '젠슨'
//
// Full-text search (index `entity_names`, CJK analyzer) over names, aliases and Latin names: '젠슨' finds
// 젠슨 황 and 젠슨황, 'jensen' finds him too; Lucene syntax works ('저커*', 'samsung OR 삼성').
// Answer: one row per match, best first: `label` (Person or Organization), `name`, `aliases`, `score`.
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
RETURN labels(node)[0] AS label, node.name AS name, node.aliases AS aliases, round(score, 3) AS score
ORDER BY score DESC, name
LIMIT 25
