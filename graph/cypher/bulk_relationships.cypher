// The relationships of a bulk load (graph/bulk.py) into a database that held no article: the resolver's graph has
// each relationship once, and none is stored yet, so they are created, not merged (apply_block.cypher merges,
// as an incremental write must). The parameter is apply_block's $write (graph/writer.py apply_params), of which
// only the relationship lists are read. Every match is anchored on a unique key.
CYPHER replan=skip
CALL () {
  UNWIND $write.mentions_person AS row
  MATCH (a:Article {path: row.start}) MATCH (b:Person {key: row.end})
  CREATE (a)-[r:MENTIONS]->(b) SET r = row.props
}
CALL () {
  UNWIND $write.mentions_organization AS row
  MATCH (a:Article {path: row.start}) MATCH (b:Organization {key: row.end})
  CREATE (a)-[r:MENTIONS]->(b) SET r = row.props
}
CALL () {
  UNWIND $write.mentions_topic AS row
  MATCH (a:Article {path: row.start}) MATCH (b:Topic {name: row.end})
  CREATE (a)-[r:MENTIONS]->(b) SET r = row.props
}
CALL () {
  UNWIND $write.works_for AS row
  MATCH (a:Person {key: row.start}) MATCH (b:Organization {key: row.end})
  CREATE (a)-[r:WORKS_FOR]->(b) SET r = row.props
}
CALL () {
  UNWIND $write.broader AS row
  MATCH (a:Topic {name: row.start}) MATCH (b:Topic {name: row.end})
  CREATE (a)-[r:BROADER]->(b) SET r = row.props
}
CALL () {
  UNWIND $write.reported_in AS row
  MATCH (a:Meeting {key: row.start}) MATCH (b:Article {path: row.end})
  CREATE (a)-[r:REPORTED_IN]->(b) SET r = row.props
}
CALL () {
  UNWIND $write.attended AS row
  MATCH (a:Person {key: row.start}) MATCH (b:Meeting {key: row.end})
  CREATE (a)-[r:ATTENDED]->(b) SET r = row.props
}
CALL () {
  UNWIND $write.with_organization AS row
  MATCH (a:Meeting {key: row.start}) MATCH (b:Organization {key: row.end})
  CREATE (a)-[r:WITH_ORGANIZATION]->(b) SET r = row.props
}
CALL () {
  UNWIND $write.about AS row
  MATCH (a:Meeting {key: row.start}) MATCH (b:Topic {name: row.end})
  CREATE (a)-[r:ABOUT]->(b) SET r = row.props
}
RETURN 1 AS done
