// 질문: 이 조직의 사람들은 누구이고, 각자 몇 번의 회동에 나왔나?
// Question: Who are this organization's people, with their titles and meetings?
//
// :param org => 'Samsung'
//
// Name and aliases match without regard to case and spaces.
// Answer: one row per person: `person`, `title` (most often reported) and all `titles`, `meetings`
// attended, and the `articles` that name them at the organization (paths with sentence numbers).
WITH toLower(replace($org, ' ', '')) AS n
MATCH (o:Organization)
WHERE toLower(replace(o.name, ' ', '')) = n OR any(x IN o.aliases WHERE toLower(replace(x, ' ', '')) = n)
MATCH (p:Person)-[w:WORKS_FOR]->(o)
OPTIONAL MATCH (p)-[:ATTENDED]->(m:Meeting)
RETURN o.name AS organization, p.name AS person, w.title AS title, w.titles AS titles,
       count(DISTINCT m) AS meetings, w.sources AS articles
ORDER BY meetings DESC, person
