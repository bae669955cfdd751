// 질문: 한국 기업인들이 가장 많이 만난 조직은?
// Question: Which organizations did Korean leaders meet most?
//
// :param limit => 10
//
// A "Korean leader" is a person whose name is written the way Korean press writes Korean names (2 to 4
// Hangul syllables, no space: 이재용, 최태원; transliterated foreign names have spaces: 마크 저커버그) and
// who works for an organization. A leader meets an organization by taking part in a meeting (as a
// participant, not a 배석 attendee) with one of its people or with the organization itself; their own
// organizations are not counted.
// The counts cover the whole graph. Counting them here would read every attendance (139,000 at 10,000
// articles, 1.5 s and more), so the writer keeps them, exact at every commit, in each article's transaction
// (graph/cypher/met_count.cypher): (:Person)-[:MET]->(:Organization) per leader and organization met, and
// (:MetSummary {leaders, meetings})-[:SUMMARIZES]->(:Organization), read here in index order of `leaders`.
// graph/cypher/most_met_organizations_live.cypher is the same answer computed from the attendances.
// Answer: one row per organization: `organization`, `leaders` (how many distinct leaders met it),
// `meetings` (how many meetings), `met_by` (the leaders, by name), most met first.
MATCH (s:MetSummary)-[:SUMMARIZES]->(o:Organization)
WHERE s.leaders > 0
WITH o, s.leaders AS leaders, s.meetings AS meetings
ORDER BY leaders DESC, meetings DESC, o.name
LIMIT toInteger($limit)
RETURN o.name AS organization, leaders, meetings,
       COLLECT { MATCH (o)<-[:MET]-(p:Person) WITH DISTINCT p.name AS name ORDER BY name RETURN name } AS met_by
ORDER BY leaders DESC, meetings DESC, organization
