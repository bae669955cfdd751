// The one write of a block (graph/writer.py, the diff of graph/derived.py): delete relationships and nodes by
// element id, re-key and update nodes that continue (keys first moved to temporary ones, so that two nodes
// may trade keys), create the new ones, merge topics, upsert relationships by the end nodes' keys, delete the
// topics nothing supports any more, and delete the article itself when it is removed. Returns the created
// Person and Organization nodes ([element id, match keys]: a batch follows them, graph/writer.py BatchNodes).
// A node's indexed keys are removed before it is deleted: Neo4j 5.26 keeps a stale entry in the transaction's
// index state for a node deleted after its key changed in the same transaction (a later write of a batch then
// sees the deleted node by that key, or a false uniqueness violation).
// Every Person written gets `lookup` (graph/schema/indexes.cypher: index person_lookup), its name, Latin name and
// aliases as the query files compare them; Neo4j computes it, so it equals their toLower(replace(x, ' ', ''))
// whatever the characters. It is not part of the derived graph (graph/store.py leaves it out of stored nodes).
// One map parameter $write (one cached plan whatever is empty); plans never follow statistics: every
// match is anchored on a unique key, an element id or the full-text index.
CYPHER replan=skip
CALL () { UNWIND $write.delete_rels AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r }
CALL () { UNWIND $write.delete_nodes AS id MATCH (n) WHERE elementId(n) = id REMOVE n.key, n.name DETACH DELETE n }
CALL () { UNWIND $write.rekey AS row MATCH (n) WHERE elementId(n) = row.eid SET n.key = row.tmp }
CALL () {
  UNWIND $write.update_nodes AS row MATCH (n) WHERE elementId(n) = row.eid SET n = row.props
  WITH n WHERE n:Person
  SET n.lookup = [k IN [x IN [n.name, n.latin_name] + coalesce(n.aliases, []) WHERE x IS NOT NULL
                        | toLower(replace(x, ' ', ''))] WHERE k <> '']
}
CALL () {
  UNWIND $write.create_organizations AS props CREATE (n:Organization) SET n = props
  RETURN collect([elementId(n), n.match_keys]) AS organizations
}
CALL () {
  UNWIND $write.create_people AS props CREATE (n:Person) SET n = props
  SET n.lookup = [k IN [x IN [n.name, n.latin_name] + coalesce(n.aliases, []) WHERE x IS NOT NULL
                        | toLower(replace(x, ' ', ''))] WHERE k <> '']
  RETURN collect([elementId(n), n.match_keys]) AS people
}
CALL () { UNWIND $write.create_meetings AS props CREATE (n:Meeting) SET n = props }
CALL () { UNWIND $write.topics AS name MERGE (:Topic {name: name}) }
CALL () {
  UNWIND $write.mentions_person AS row
  MATCH (a:Article {path: row.start}) MATCH (b:Person {key: row.end})
  MERGE (a)-[r:MENTIONS]->(b) SET r = row.props
}
CALL () {
  UNWIND $write.mentions_organization AS row
  MATCH (a:Article {path: row.start}) MATCH (b:Organization {key: row.end})
  MERGE (a)-[r:MENTIONS]->(b) SET r = row.props
}
CALL () {
  UNWIND $write.mentions_topic AS row
  MATCH (a:Article {path: row.start}) MATCH (b:Topic {name: row.end})
  MERGE (a)-[r:MENTIONS]->(b) SET r = row.props
}
CALL () {
  UNWIND $write.works_for AS row
  MATCH (a:Person {key: row.start}) MATCH (b:Organization {key: row.end})
  MERGE (a)-[r:WORKS_FOR]->(b) SET r = row.props
}
CALL () {
  UNWIND $write.broader AS row
  MATCH (a:Topic {name: row.start}) MATCH (b:Topic {name: row.end})
  MERGE (a)-[r:BROADER]->(b) SET r = row.props
}
CALL () {
  UNWIND $write.reported_in AS row
  MATCH (a:Meeting {key: row.start}) MATCH (b:Article {path: row.end})
  MERGE (a)-[r:REPORTED_IN {report: row.props.report}]->(b) SET r = row.props
}
CALL () {
  UNWIND $write.attended AS row
  MATCH (a:Person {key: row.start}) MATCH (b:Meeting {key: row.end})
  MERGE (a)-[r:ATTENDED]->(b) SET r = row.props
}
CALL () {
  UNWIND $write.with_organization AS row
  MATCH (a:Meeting {key: row.start}) MATCH (b:Organization {key: row.end})
  MERGE (a)-[r:WITH_ORGANIZATION]->(b) SET r = row.props
}
CALL () {
  UNWIND $write.about AS row
  MATCH (a:Meeting {key: row.start}) MATCH (b:Topic {name: row.end})
  MERGE (a)-[r:ABOUT]->(b) SET r = row.props
}
CALL () {
  UNWIND $write.topic_check AS name
  MATCH (t:Topic {name: name})
  WHERE NOT EXISTS { (t)<-[:MENTIONS|BROADER|ABOUT]-() }
  REMOVE t.name
  DETACH DELETE t
}
CALL () {
  UNWIND $write.delete_article AS path
  MATCH (a:Article {path: path})
  OPTIONAL MATCH (a)-[:HAS_EXTRACTION]->(x:Extraction)
  REMOVE a.path, x.path
  DETACH DELETE a, x
}
RETURN organizations + people AS created
