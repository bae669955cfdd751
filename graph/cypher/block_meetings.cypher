// The meetings of a write's block (graph/block.py), each with all its reports and relationships: those the old
// version of the article ($path) reports, those attached to the entity nodes $attached (element ids), and
// those attended by at least $sets[i].min of the nodes $sets[i].ids (min 2: by two of them; min 1: by that one
// party alone), with a report dated compatibly with $sets[i].date when given; meetings already read ($known) are
// left out. A report's participant, attendee and organization ids
// are the article's own; `mentions` tells which nodes the article's MENTIONS resolve them to.
// One map parameter $block (one cached plan whatever is empty); plans never follow statistics: every
// match is anchored on a unique key, an element id or the full-text index.
CYPHER replan=skip
CALL () {
  MATCH (m:Meeting)-[:REPORTED_IN]->(:Article {path: $block.path})
  RETURN collect(DISTINCT m) AS by_article
}
CALL () {
  UNWIND $block.attached AS id
  MATCH (x) WHERE elementId(x) = id
  MATCH (x)-[:ATTENDED|WITH_ORGANIZATION]-(m:Meeting)
  RETURN collect(DISTINCT m) AS by_entity
}
CALL () {
  UNWIND $block.sets AS s
  WITH s WHERE s.min = 1
  UNWIND s.ids AS id
  MATCH (x) WHERE elementId(x) = id
  MATCH (x)-[:ATTENDED|WITH_ORGANIZATION]-(m:Meeting)
  WHERE COUNT { (m)<-[:ATTENDED {role: 'participant'}]-(:Person) } + COUNT { (m)-[:WITH_ORGANIZATION]->() } = 1
    AND (s.date IS NULL OR EXISTS {
      MATCH (m)-[r:REPORTED_IN]->()
      WHERE r.date IS NULL OR (left(r.date, 4) = left(s.date, 4)
                               AND (size(r.date) = 4 OR size(s.date) = 4 OR left(r.date, 7) = left(s.date, 7))) })
  RETURN collect(DISTINCT m) AS alone
}
CALL () {
  // meetings of two of the parties: expand the one with fewer meetings, check the other end of each; with
  // $sets[i].date, only meetings with a report whose date is compatible (graph.keys.dates_compatible)
  UNWIND $block.sets AS s
  WITH s WHERE s.min = 2
  UNWIND range(0, size(s.ids) - 2) AS i
  UNWIND range(i + 1, size(s.ids) - 1) AS j
  MATCH (x) WHERE elementId(x) = s.ids[i]
  MATCH (y) WHERE elementId(y) = s.ids[j]
  WITH s, CASE WHEN COUNT { (x)-[:ATTENDED|WITH_ORGANIZATION]-() } <= COUNT { (y)-[:ATTENDED|WITH_ORGANIZATION]-() }
            THEN [x, y] ELSE [y, x] END AS ends
  WITH s, ends[0] AS few, ends[1] AS many
  MATCH (few)-[:ATTENDED|WITH_ORGANIZATION]-(m:Meeting)-[:ATTENDED|WITH_ORGANIZATION]-(many)
  WHERE s.date IS NULL OR EXISTS {
    MATCH (m)-[r:REPORTED_IN]->()
    WHERE r.date IS NULL OR (left(r.date, 4) = left(s.date, 4)
                             AND (size(r.date) = 4 OR size(s.date) = 4 OR left(r.date, 7) = left(s.date, 7))) }
  RETURN collect(DISTINCT m) AS shared
}
UNWIND by_article + by_entity + alone + shared AS m
WITH DISTINCT m
WHERE NOT elementId(m) IN $block.known
RETURN elementId(m) AS eid, properties(m) AS props,
       [(m)-[r:REPORTED_IN]->(a:Article) |
        {eid: elementId(r), path: a.path, props: properties(r),
         mentions: [(a)-[me:MENTIONS]->(x) WHERE (x:Person OR x:Organization)
                    AND any(i IN me.ids WHERE i IN r.participant_ids OR i IN r.attendee_ids
                                              OR i IN r.organization_ids) |
                    {eid: elementId(x), label: labels(x)[0], key: x.key, ids: me.ids}]}] AS reports,
       [(p:Person)-[r:ATTENDED]->(m) | {eid: elementId(r), end: elementId(p), key: p.key, props: properties(r)}] AS attended,
       [(m)-[r:WITH_ORGANIZATION]->(o:Organization) |
        {eid: elementId(r), end: elementId(o), key: o.key, props: properties(r)}] AS organizations,
       [(m)-[r:ABOUT]->(t:Topic) | {eid: elementId(r), end: t.name, props: properties(r)}] AS about
