// Before a block's write (graph/writer.py): the element ids of the stored meetings whose organizations-met
// summary (met_count.cypher) the write may change, read from the write's own parameters ($write, those of
// apply_block.cypher). A meeting's part of the summary depends on its ATTENDED (with roles) and
// WITH_ORGANIZATION relationships, and on its attendees' names and WORKS_FOR. So: meetings deleted or re-keyed,
// at an end of a deleted or upserted ATTENDED or WITH_ORGANIZATION, and every meeting attended by a person who is
// deleted, re-keyed or renamed, loses or gains a WORKS_FOR, or works for a deleted organization, and every
// meeting with a deleted organization. Re-keyed nodes are included because relationships are upserted by key:
// a key may name another node after the write than before. New meetings are counted after the write by key.
// Plans never follow statistics: every match is anchored on a unique key or an element id.
CYPHER replan=skip
CALL () {
  UNWIND $write.delete_nodes + [row IN $write.rekey | row.eid] AS id
  MATCH (m:Meeting) WHERE elementId(m) = id
  RETURN collect(m) AS gone
}
CALL () {
  UNWIND $write.delete_rels AS id
  MATCH (a)-[r:ATTENDED|WITH_ORGANIZATION]->(b) WHERE elementId(r) = id
  RETURN collect(CASE WHEN a:Meeting THEN a ELSE b END) AS unlinked
}
CALL () {
  UNWIND [row IN $write.attended | row.end] + [row IN $write.with_organization | row.start] AS key
  MATCH (m:Meeting {key: key})
  RETURN collect(m) AS linked
}
CALL () {
  UNWIND $write.delete_nodes + [row IN $write.rekey | row.eid] AS id
  MATCH (p:Person) WHERE elementId(p) = id
  RETURN collect(p) AS moved
}
CALL () {
  UNWIND $write.update_nodes AS row
  MATCH (p:Person) WHERE elementId(p) = row.eid AND p.name <> row.props.name
  RETURN collect(p) AS renamed
}
CALL () {
  UNWIND $write.delete_rels AS id
  MATCH (p:Person)-[r:WORKS_FOR]->() WHERE elementId(r) = id
  RETURN collect(p) AS left
}
CALL () {
  // a WORKS_FOR that is new (any when some node is re-keyed: its organization's key may have moved)
  UNWIND $write.works_for AS row
  MATCH (p:Person {key: row.start})
  WHERE size($write.rekey) > 0 OR NOT EXISTS { (p)-[:WORKS_FOR]->(:Organization {key: row.end}) }
  RETURN collect(p) AS joined
}
CALL () {
  UNWIND $write.delete_nodes AS id
  MATCH (o:Organization) WHERE elementId(o) = id
  MATCH (o)<-[:WITH_ORGANIZATION]-(m:Meeting)
  RETURN collect(m) AS met_whole
}
CALL () {
  UNWIND $write.delete_nodes AS id
  MATCH (o:Organization) WHERE elementId(o) = id
  MATCH (o)<-[:WORKS_FOR]-(p:Person)
  RETURN collect(p) AS staff
}
WITH gone + unlinked + linked + met_whole AS meetings, moved + renamed + left + joined + staff AS people
CALL (people) {
  UNWIND people AS p
  WITH DISTINCT p
  MATCH (p)-[:ATTENDED]->(m:Meeting)
  RETURN collect(m) AS attended
}
UNWIND meetings + attended AS m
WITH DISTINCT m
RETURN collect(elementId(m)) AS meetings
